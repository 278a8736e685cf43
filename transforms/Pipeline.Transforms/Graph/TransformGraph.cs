using System.Collections.Frozen;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Graph;

/// <summary>
/// A loaded transform project: its models and seeds in dependency order, its tests and the sources it
/// reads. Immutable; built by <see cref="TransformRunner.LoadAsync"/>.
/// </summary>
public sealed class TransformGraph
{
    private readonly FrozenDictionary<string, ModelNode> byName;
    private readonly FrozenDictionary<string, int> order;
    private readonly FrozenDictionary<string, IReadOnlyList<string>> children;

    internal TransformGraph(
        string rootPath, IReadOnlyList<ModelNode> nodesInOrder, IReadOnlyList<DataTest> tests, IReadOnlyList<SourceTable> sources)
    {
        RootPath = rootPath;
        Nodes = nodesInOrder;
        Tests = tests;
        Sources = sources;
        byName = nodesInOrder.ToFrozenDictionary(n => n.Name, StringComparer.OrdinalIgnoreCase);
        order = nodesInOrder.Select((n, i) => (n.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.OrdinalIgnoreCase);
        children = nodesInOrder
            .SelectMany(n => n.DependsOn.Select(parent => (Parent: parent, Child: n.Name)))
            .GroupBy(e => e.Parent, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)[.. g.Select(e => e.Child).OrderBy(c => order[c])],
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The project folder; paths in the graph are relative to it.</summary>
    public string RootPath { get; }

    /// <summary>Seeds and models, parents always before children (ties broken by name).</summary>
    public IReadOnlyList<ModelNode> Nodes { get; }

    /// <summary>Data tests, in the order of the node they test, then by name.</summary>
    public IReadOnlyList<DataTest> Tests { get; }

    /// <summary>Sources read by at least one model or declared in YAML, sorted by qualified name.</summary>
    public IReadOnlyList<SourceTable> Sources { get; }

    /// <summary>The model or seed of that name (case-insensitive, as in DuckDB), or null.</summary>
    public ModelNode? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>Position of the node in <see cref="Nodes"/>.</summary>
    public int IndexOf(string name) => order[name];

    /// <summary>Nodes that read <paramref name="name"/> directly, in dependency order.</summary>
    public IReadOnlyList<string> ChildrenOf(string name) => children.GetValueOrDefault(name) ?? [];

    /// <summary>Nodes <paramref name="name"/> reads directly.</summary>
    public IReadOnlyList<string> ParentsOf(string name) => byName[name].DependsOn;

    /// <summary>Every node downstream of <paramref name="name"/> up to <paramref name="depth"/> edges (all when null).</summary>
    public IEnumerable<string> Descendants(string name, int? depth = null) => Walk(name, depth, ChildrenOf);

    /// <summary>Every node upstream of <paramref name="name"/> up to <paramref name="depth"/> edges (all when null).</summary>
    public IEnumerable<string> Ancestors(string name, int? depth = null) => Walk(name, depth, ParentsOf);

    private static List<string> Walk(string start, int? depth, Func<string, IReadOnlyList<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start };
        var found = new List<string>();
        var frontier = new List<string> { start };
        for (var level = 0; frontier.Count > 0 && (depth is null || level < depth); level++)
        {
            var following = new List<string>();
            foreach (var item in frontier.SelectMany(next).Where(seen.Add))
            {
                found.Add(item);
                following.Add(item);
            }

            frontier = following;
        }

        return found;
    }
}
