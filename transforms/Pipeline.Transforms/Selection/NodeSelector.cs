using System.Text.RegularExpressions;
using Pipeline.Core.Text;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Selection;

/// <summary>
/// Applies <c>--select</c> and <c>--exclude</c> to a graph. Selectors separated by spaces (or given
/// several times) are united; a comma inside one intersects its terms. Tests follow the models they test
/// (a test is kept when the model it is declared on is, a singular test when any model it reads is), and
/// can also be named directly.
/// </summary>
internal static class NodeSelector
{
    public static SelectedSet Apply(TransformGraph graph, IReadOnlyList<string> select, IReadOnlyList<string> exclude)
    {
        var selectTokens = Tokens(select);
        var excludeTokens = Tokens(exclude);
        var (nodes, directTests) = selectTokens.Count == 0
            ? (graph.Nodes.Select(n => n.Name).ToHashSet(StringComparer.OrdinalIgnoreCase), new HashSet<string>(StringComparer.OrdinalIgnoreCase))
            : Union(graph, selectTokens);
        var (excludedNodes, excludedTests) = Union(graph, excludeTokens);
        nodes.ExceptWith(excludedNodes);

        var tests = graph.Tests
            .Where(t => !excludedTests.Contains(t.Name) && (directTests.Contains(t.Name) || IsAttached(t, nodes, selectTokens.Count == 0)))
            .Select(t => t.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new SelectedSet(nodes, tests);
    }

    private static bool IsAttached(DataTest test, HashSet<string> nodes, bool everything) => test switch
    {
        { DependsOn.Count: 0 } => everything,
        { Kind: TestKind.Singular } => test.DependsOn.Any(nodes.Contains),
        _ => test.Model is { } model && nodes.Contains(model),
    };

    private static List<string> Tokens(IReadOnlyList<string> values) =>
        [.. values.SelectMany(v => v.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static (HashSet<string> Nodes, HashSet<string> Tests) Union(TransformGraph graph, List<string> tokens)
    {
        var nodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tests = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            HashSet<string>? tokenNodes = null;
            HashSet<string>? tokenTests = null;
            foreach (var term in token.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SelectorTerm.Parse))
            {
                var (termNodes, termTests) = Match(graph, term);
                if (termNodes.Count == 0 && termTests.Count == 0)
                {
                    throw new NodeSelectionException(NothingMatches(graph, term, token));
                }

                tokenNodes = tokenNodes is null ? termNodes : [.. tokenNodes.Intersect(termNodes, StringComparer.OrdinalIgnoreCase)];
                tokenTests = tokenTests is null ? termTests : [.. tokenTests.Intersect(termTests, StringComparer.OrdinalIgnoreCase)];
            }

            nodes.UnionWith(tokenNodes ?? []);
            tests.UnionWith(tokenTests ?? []);
        }

        return (nodes, tests);
    }

    private static (HashSet<string> Nodes, HashSet<string> Tests) Match(TransformGraph graph, SelectorTerm term)
    {
        var nodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tests = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        switch (term.Method)
        {
            case "tag":
                nodes.UnionWith(graph.Nodes.Where(n => n.Tags.Contains(term.Value, StringComparer.OrdinalIgnoreCase)).Select(n => n.Name));
                break;
            case "path":
                var prefix = NormalisePath(graph.RootPath, term.Value);
                nodes.UnionWith(graph.Nodes.Where(n => IsUnder(n.RelativePath, prefix)).Select(n => n.Name));
                tests.UnionWith(graph.Tests.Where(t => t.Kind == TestKind.Singular && IsUnder(t.RelativePath, prefix)).Select(t => t.Name));
                break;
            default:
                var pattern = NamePattern(term.Value);
                nodes.UnionWith(graph.Nodes.Where(n => pattern.IsMatch(n.Name)).Select(n => n.Name));
                tests.UnionWith(graph.Tests.Where(t => pattern.IsMatch(t.Name)).Select(t => t.Name));
                break;
        }

        foreach (var node in nodes.ToList())
        {
            if (term.Ancestors)
            {
                nodes.UnionWith(graph.Ancestors(node, term.AncestorDepth));
            }

            if (term.Descendants)
            {
                nodes.UnionWith(graph.Descendants(node, term.DescendantDepth));
            }
        }

        return (nodes, tests);
    }

    private static string NothingMatches(TransformGraph graph, SelectorTerm term, string token)
    {
        var hint = term.Method switch
        {
            "tag" => graph.Nodes.SelectMany(n => n.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } tags
                ? $" Tags existants : {string.Join(", ", tags)}."
                : " Aucun modèle n'a de tag.",
            "path" => " Le chemin est relatif au dossier de pipeline.yaml (ex. path:marts/penurie).",
            _ => NameSuggestion.Closest(term.Value, graph.Nodes.Select(n => n.Name).Concat(graph.Tests.Select(t => t.Name)), maxEdits: 3) is { } closest
                ? $" Vouliez-vous dire « {closest} » ?"
                : "",
        };
        return $"le sélecteur « {token} » ne correspond à aucun modèle, seed ou test.{hint}";
    }

    private static string NormalisePath(string root, string value)
    {
        var path = Path.IsPathRooted(value) ? Path.GetRelativePath(root, value) : value;
        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return path.TrimEnd('/');
    }

    private static bool IsUnder(string relativePath, string prefix) =>
        prefix is "" or "." || string.Equals(relativePath, prefix, StringComparison.Ordinal)
        || relativePath.StartsWith(prefix + "/", StringComparison.Ordinal);

    private static Regex NamePattern(string value) =>
        new("^" + Regex.Escape(value).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
