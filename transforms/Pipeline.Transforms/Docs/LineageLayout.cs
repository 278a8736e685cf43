namespace Pipeline.Transforms.Docs;

/// <summary>
/// A layered (Sugiyama-style) layout, simple on purpose: each node's layer is one more than its deepest
/// parent's, so data flows left to right; inside a layer, nodes are ordered by the mean rank of their
/// parents, then of their children, a few sweeps each way, which removes most edge crossings.
/// </summary>
internal static class LineageLayout
{
    private const int Sweeps = 4;

    /// <summary>Assigns <see cref="LineageNode.Layer"/> and <see cref="LineageNode.Rank"/>; returns the nodes by layer, ordered.</summary>
    public static IReadOnlyList<IReadOnlyList<LineageNode>> Arrange(IReadOnlyList<LineageNode> nodes)
    {
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes)
        {
            // Nodes come parents first, so every parent's layer is already known.
            node.Layer = node.Parents.Where(byId.ContainsKey).Select(p => byId[p].Layer + 1).DefaultIfEmpty(0).Max();
        }

        var children = nodes.SelectMany(n => n.Parents.Where(byId.ContainsKey).Select(p => (Parent: p, Child: n)))
            .ToLookup(e => e.Parent, e => e.Child, StringComparer.OrdinalIgnoreCase);
        var layers = nodes.GroupBy(n => n.Layer).OrderBy(g => g.Key)
            .Select(g => g.OrderBy(n => n.Kind).ThenBy(n => n.Label, StringComparer.Ordinal).ToList())
            .ToList();
        Renumber(layers);

        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            foreach (var layer in layers.Skip(1))
            {
                Reorder(layer, n => n.Parents.Where(byId.ContainsKey).Select(p => byId[p]));
            }

            foreach (var layer in Enumerable.Reverse(layers).Skip(1))
            {
                Reorder(layer, n => children[n.Id]);
            }
        }

        return layers;
    }

    private static void Reorder(List<LineageNode> layer, Func<LineageNode, IEnumerable<LineageNode>> neighbours)
    {
        var keys = layer.ToDictionary(n => n, n => neighbours(n).Select(x => x.Rank).DefaultIfEmpty(n.Rank).Average());
        layer.Sort((a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.Rank.CompareTo(b.Rank));
        for (var i = 0; i < layer.Count; i++)
        {
            layer[i].Rank = i;
        }
    }

    private static void Renumber(List<List<LineageNode>> layers)
    {
        foreach (var layer in layers)
        {
            for (var i = 0; i < layer.Count; i++)
            {
                layer[i].Rank = i;
            }
        }
    }
}
