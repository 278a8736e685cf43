using Pipeline.Core;
using Pipeline.Transforms.Discovery.Yaml;
using Pipeline.Transforms.Graph;

namespace Pipeline.Transforms.Discovery;

/// <summary>
/// The relations models may read without building them: every lake dataset as <c>raw.&lt;dataset&gt;</c>
/// (known even before its folder exists, so a model can be written before the first ingest), the
/// engine's <c>projet.parametres</c> and the tables declared under <c>sources:</c> in YAML.
/// </summary>
internal sealed class SourceCatalog
{
    /// <summary>The schema of lake datasets.</summary>
    public const string RawSchema = "raw";

    private readonly Dictionary<string, string> schemaBySourceName;
    private readonly Dictionary<string, SourceTable> declared;
    private readonly HashSet<string> datasetsWithData;

    private SourceCatalog(
        Dictionary<string, string> schemaBySourceName, Dictionary<string, SourceTable> declared, HashSet<string> datasetsWithData)
    {
        this.schemaBySourceName = schemaBySourceName;
        this.declared = declared;
        this.datasetsWithData = datasetsWithData;
    }

    public static SourceCatalog Build(PipelineProject project, IEnumerable<SchemaFile> schemaFiles, List<ProjectIssue> issues)
    {
        var datasets = LakeDatasets.Find(project.RawPath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var schemaByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var declared = new Dictionary<string, SourceTable>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in schemaFiles.SelectMany(f => f.Sources))
        {
            if (!schemaByName.TryAdd(source.Name, source.Schema)
                && !string.Equals(schemaByName[source.Name], source.Schema, StringComparison.OrdinalIgnoreCase))
            {
                issues.Add(new ProjectIssue(source.FilePath, source.Line,
                    $"la source « {source.Name} » est déclarée deux fois avec des schémas différents."));
            }

            foreach (var table in source.Tables)
            {
                var isLake = string.Equals(source.Schema, RawSchema, StringComparison.OrdinalIgnoreCase);
                var entry = new SourceTable
                {
                    Schema = source.Schema,
                    Name = table.Name,
                    IsLakeDataset = isLake,
                    HasData = !isLake || datasets.Contains(table.Name),
                    Description = table.Description,
                    Columns = [.. table.Columns.Select(c => new ColumnInfo(c.Name, c.Description, c.DataType))],
                };
                if (!declared.TryAdd(entry.QualifiedName, entry))
                {
                    issues.Add(new ProjectIssue(source.FilePath, table.Line, $"la table source « {entry.QualifiedName} » est déclarée deux fois."));
                }
            }
        }

        return new SourceCatalog(schemaByName, declared, datasets);
    }

    /// <summary>The schema a <c>{{ source('name', ...) }}</c> refers to: the declared one, else the name itself.</summary>
    public string SchemaOf(string sourceName) => schemaBySourceName.GetValueOrDefault(sourceName) ?? sourceName;

    /// <summary>The source table <paramref name="schema"/>.<paramref name="name"/>, or null when it is none.</summary>
    public SourceTable? Find(string schema, string name)
    {
        if (declared.TryGetValue($"{schema}.{name}", out var table))
        {
            return table;
        }

        if (Materialisation.ProjectParameters.IsTable(schema, name))
        {
            return new SourceTable
            {
                Schema = Materialisation.ProjectParameters.Schema,
                Name = Materialisation.ProjectParameters.Table,
                IsLakeDataset = false,
                HasData = true,
                Description = "Les seuils de la section privacy de pipeline.yaml, réécrits à chaque exécution.",
            };
        }

        return string.Equals(schema, RawSchema, StringComparison.OrdinalIgnoreCase)
            ? new SourceTable
            {
                Schema = RawSchema,
                Name = name.ToLowerInvariant(),
                IsLakeDataset = true,
                HasData = datasetsWithData.Contains(name),
            }
            : null;
    }

    /// <summary>Every declared table and every lake dataset present, plus <paramref name="referenced"/>, sorted.</summary>
    public IReadOnlyList<SourceTable> All(IEnumerable<string> referenced)
    {
        var all = new Dictionary<string, SourceTable>(declared, StringComparer.OrdinalIgnoreCase);
        foreach (var dataset in datasetsWithData)
        {
            all.TryAdd($"{RawSchema}.{dataset}", Find(RawSchema, dataset)!);
        }

        foreach (var qualified in referenced)
        {
            var dot = qualified.IndexOf('.', StringComparison.Ordinal);
            if (Find(qualified[..dot], qualified[(dot + 1)..]) is { } table)
            {
                all.TryAdd(qualified, table);
            }
        }

        return [.. all.Values.OrderBy(t => t.QualifiedName, StringComparer.Ordinal)];
    }
}
