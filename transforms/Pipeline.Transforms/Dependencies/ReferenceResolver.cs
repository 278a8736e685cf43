using Pipeline.Core.Text;
using Pipeline.Transforms.Discovery;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Dependencies;

/// <summary>
/// Decides what each table name a SELECT reads is: a model or seed (unqualified or <c>main.</c>), a source
/// (<c>raw.&lt;dataset&gt;</c> or a declared <c>sources:</c> table), a file scan (<c>'x.csv'</c>), a system
/// catalog — or an unknown name, which is an error at its line.
/// </summary>
internal sealed class ReferenceResolver(IReadOnlyDictionary<string, string> nodeNames, SourceCatalog sources, string warehouseCatalog)
{
    private static readonly HashSet<string> SystemSchemas = new(StringComparer.OrdinalIgnoreCase) { "information_schema", "pg_catalog" };
    private static readonly HashSet<string> SystemCatalogs = new(StringComparer.OrdinalIgnoreCase) { "system", "temp" };

    /// <summary>What a SELECT reads: model and seed names, and source names (<c>raw.parcours</c>), each sorted.</summary>
    public (IReadOnlyList<string> Nodes, IReadOnlyList<string> Sources) Resolve(
        IReadOnlyList<TableReference> references, string sql, string filePath, List<ProjectIssue> issues)
    {
        var nodes = new SortedSet<string>(StringComparer.Ordinal);
        var sourceNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            switch (Classify(reference))
            {
                case (Kind.Node, var name):
                    nodes.Add(name);
                    break;
                case (Kind.Source, var name):
                    sourceNames.Add(name);
                    break;
                case (Kind.Unknown, _):
                    issues.Add(new ProjectIssue(filePath, Line(reference, sql), Unknown(reference)));
                    break;
            }
        }

        return ([.. nodes], [.. sourceNames]);
    }

    /// <summary>The node a bare or <c>main.</c> name means, or null.</summary>
    public string? FindNode(string name) => nodeNames.GetValueOrDefault(name);

    private (Kind, string) Classify(TableReference reference)
    {
        // A replacement scan such as FROM 'data/x.csv': a file, not a relation.
        if (reference.Name.IndexOfAny(['.', '/', '\\']) >= 0)
        {
            return (Kind.Ignored, "");
        }

        if (reference.Catalog.Length > 0 && SystemCatalogs.Contains(reference.Catalog))
        {
            return (Kind.Ignored, "");
        }

        if (reference.Catalog.Length > 0 && !string.Equals(reference.Catalog, warehouseCatalog, StringComparison.OrdinalIgnoreCase))
        {
            return (Kind.Unknown, "");
        }

        if (SystemSchemas.Contains(reference.Schema))
        {
            return (Kind.Ignored, "");
        }

        var isMain = reference.Schema.Length == 0 || string.Equals(reference.Schema, "main", StringComparison.OrdinalIgnoreCase);
        if (isMain && nodeNames.TryGetValue(reference.Name, out var node))
        {
            return (Kind.Node, node);
        }

        var source = sources.Find(isMain ? "main" : reference.Schema, reference.Name);
        return source is null ? (Kind.Unknown, "") : (Kind.Source, source.QualifiedName);
    }

    private string Unknown(TableReference reference)
    {
        var written = string.Join('.', new[] { reference.Catalog, reference.Schema, reference.Name }.Where(p => p.Length > 0));
        var closest = NameSuggestion.Closest(reference.Name, nodeNames.Values, maxEdits: 3);
        return $"référence inconnue « {written} » : aucun modèle, seed ou source de ce nom."
            + (closest is null ? "" : $" Vouliez-vous dire « {closest} » ?")
            + " Les jeux du lac se lisent « raw.<jeu> » ; déclarez toute autre table sous « sources: » dans un fichier .yml.";
    }

    private static int? Line(TableReference reference, string sql) =>
        reference.ByteOffset is { } offset ? SourceText.LineAtByteOffset(sql, offset) : null;

    private enum Kind
    {
        Ignored,
        Node,
        Source,
        Unknown,
    }
}
