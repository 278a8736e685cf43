namespace Pipeline.Transforms.Graph;

/// <summary>Kahn's algorithm: parents before children, ties broken by name so the order never varies.</summary>
internal static class TopologicalOrder
{
    /// <param name="nodes">The nodes; the graph must be acyclic.</param>
    public static IReadOnlyList<ModelNode> Sort(IReadOnlyList<ModelNode> nodes)
    {
        var byName = nodes.ToDictionary(n => n.Name, StringComparer.OrdinalIgnoreCase);
        var remaining = nodes.ToDictionary(n => n.Name, n => n.DependsOn.Count(byName.ContainsKey), StringComparer.OrdinalIgnoreCase);
        var children = nodes
            .SelectMany(n => n.DependsOn.Where(byName.ContainsKey).Select(p => (Parent: p, Child: n.Name)))
            .ToLookup(e => e.Parent, e => e.Child, StringComparer.OrdinalIgnoreCase);
        var ready = new PriorityQueue<string, string>(StringComparer.Ordinal);
        foreach (var (name, count) in remaining.Where(p => p.Value == 0))
        {
            ready.Enqueue(name, name);
        }

        var sorted = new List<ModelNode>(nodes.Count);
        while (ready.TryDequeue(out var name, out _))
        {
            sorted.Add(byName[name]);
            foreach (var child in children[name])
            {
                if (--remaining[child] == 0)
                {
                    ready.Enqueue(child, child);
                }
            }
        }

        return sorted.Count == nodes.Count
            ? sorted
            : throw new InvalidOperationException("The graph has a cycle; CycleFinder should have reported it.");
    }
}
