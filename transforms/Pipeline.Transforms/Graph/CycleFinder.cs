namespace Pipeline.Transforms.Graph;

/// <summary>
/// Finds dependency cycles: one per strongly connected component (Tarjan), reported as the shortest
/// path from the component's first node back to itself, e.g. <c>a → b → c → a</c>.
/// </summary>
internal static class CycleFinder
{
    /// <param name="edges">Each node's parents (the nodes it reads); unknown names are ignored.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Find(IReadOnlyDictionary<string, IReadOnlyList<string>> edges)
    {
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var component in StronglyConnected(edges))
        {
            var first = component.Min(StringComparer.Ordinal)!;
            var isSelfLoop = edges[first].Contains(first, StringComparer.OrdinalIgnoreCase);
            if (component.Count > 1 || isSelfLoop)
            {
                cycles.Add(ShortestLoop(first, component, edges));
            }
        }

        return [.. cycles.OrderBy(c => c[0], StringComparer.Ordinal)];
    }

    // Breadth-first from start, inside the component, until an edge leads back to start.
    private static List<string> ShortestLoop(string start, HashSet<string> component, IReadOnlyDictionary<string, IReadOnlyList<string>> edges)
    {
        var previous = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in edges[node].Where(component.Contains).Order(StringComparer.Ordinal))
            {
                if (string.Equals(next, start, StringComparison.OrdinalIgnoreCase))
                {
                    var path = new List<string> { start };
                    for (var at = node; !string.Equals(at, start, StringComparison.OrdinalIgnoreCase); at = previous[at])
                    {
                        path.Insert(1, at);
                    }

                    // Edges point from a node to what it reads; show the flow of data instead: read → reader.
                    path.Add(start);
                    path.Reverse();
                    return path;
                }

                if (previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [start, start];
    }

    private static List<HashSet<string>> StronglyConnected(IReadOnlyDictionary<string, IReadOnlyList<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var low = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var onStack = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stack = new Stack<string>();
        var components = new List<HashSet<string>>();
        var counter = 0;

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;

        // Recursive: model graphs are a few hundred nodes deep at most.
        void Visit(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges[node].Where(edges.ContainsKey))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (!string.Equals(member, node, StringComparison.OrdinalIgnoreCase));

                components.Add(component);
            }
        }
    }
}
