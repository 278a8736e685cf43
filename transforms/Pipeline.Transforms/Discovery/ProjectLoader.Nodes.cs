using Pipeline.Core.Text;
using Pipeline.Transforms.Dependencies;
using Pipeline.Transforms.Discovery.Yaml;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Discovery;

/// <summary>Models and seeds: names, their YAML descriptions and configuration.</summary>
internal sealed partial class ProjectLoader
{
    /// <summary>Seeds and models with a valid, unique name; the others are reported.</summary>
    private List<NodeFile> UniqueNodeFiles(ProjectFiles files)
    {
        var candidates = files.Seeds.Select(f => new NodeFile(Path.GetFileNameWithoutExtension(f), NodeKind.Seed, f))
            .Concat(files.Models.Select(f => new NodeFile(Path.GetFileNameWithoutExtension(f), NodeKind.Model, f)))
            .ToList();
        var valid = new List<NodeFile>();
        foreach (var candidate in candidates)
        {
            if (SqlIdentifier.IsSimple(candidate.Name))
            {
                valid.Add(candidate);
            }
            else
            {
                issues.Add(new ProjectIssue(candidate.FilePath, null,
                    $"nom invalide « {candidate.Name} » : le nom du fichier devient celui de la table ; n'utilisez que lettres, chiffres et « _ », "
                    + "sans commencer par un chiffre (ex. stg_parcours.sql)."));
            }
        }

        var unique = new List<NodeFile>();
        foreach (var group in valid.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase))
        {
            var same = group.ToList();
            unique.Add(same[0]);
            if (same.Count > 1)
            {
                foreach (var duplicate in same)
                {
                    issues.Add(new ProjectIssue(duplicate.FilePath, null,
                        $"le nom « {group.Key} » est pris par {same.Count} fichiers ({string.Join(", ", same.Select(s => Relative(s.FilePath)))}) : "
                        + "un nom de modèle ou de seed doit être unique dans le projet ; renommez l'un d'eux."));
                }
            }
        }

        return unique;
    }

    /// <summary>YAML descriptions by node name; a description of a missing file, or a second one, is reported.</summary>
    private Dictionary<string, NodeSpec> MatchSpecs(IEnumerable<NodeSpec> specs, List<NodeFile> files, NodeKind kind)
    {
        var matched = new Dictionary<string, NodeSpec>(StringComparer.OrdinalIgnoreCase);
        var what = kind == NodeKind.Seed ? "la seed" : "le modèle";
        var byName = files.Where(f => f.Kind == kind).ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var spec in specs)
        {
            var file = byName.GetValueOrDefault(spec.Name);
            if (file is null)
            {
                var expected = kind == NodeKind.Seed ? $"{spec.Name}.csv sous un dossier de seeds" : $"{spec.Name}.sql sous un dossier de modèles";
                var closest = NameSuggestion.Closest(spec.Name, files.Where(f => f.Kind == kind).Select(f => f.Name), maxEdits: 3);
                issues.Add(new ProjectIssue(spec.FilePath, spec.Line, $"{what} « {spec.Name} » est décrit ici mais aucun fichier {expected} n'existe."
                    + (closest is null ? "" : $" Vouliez-vous dire « {closest} » ?")));
            }
            else if (matched.TryGetValue(file.Name, out var first))
            {
                issues.Add(new ProjectIssue(spec.FilePath, spec.Line,
                    $"{what} « {spec.Name} » est déjà décrit dans {Relative(first.FilePath)}:{first.Line} ; regroupez ses colonnes et tests en un seul endroit."));
            }
            else
            {
                matched[file.Name] = spec;
            }
        }

        return matched;
    }

    private ModelNode Seed(NodeFile file, NodeSpec? spec) => new()
    {
        Name = file.Name,
        Kind = NodeKind.Seed,
        FilePath = file.FilePath,
        RelativePath = Relative(file.FilePath),
        Materialization = Materialization.Table,
        Tags = spec?.Tags.Distinct(StringComparer.Ordinal).ToList() ?? [],
        Description = spec?.Description,
        Columns = Columns(spec),
        ColumnTypes = spec?.ColumnTypes ?? new Dictionary<string, string>(),
        SchemaFilePath = spec?.FilePath,
    };

    private ModelNode Model(SqlFile file, NodeSpec? spec, FolderDefaults defaults, ReferenceResolver resolver)
    {
        var (dependsOn, sourceNames) = file.Parsed.Error is null
            ? resolver.Resolve(file.Parsed.References, file.Rewritten.Sql, file.FilePath, issues)
            : ([], []);
        var (materialization, folderTags) = defaults.For(file.FilePath);
        if (spec?.Materialized is { } fromYaml)
        {
            materialization = FolderDefaults.Parse(fromYaml);
        }

        var config = file.Rewritten.Config;
        if (config?.Materialized is { } fromSql)
        {
            if (SchemaFileReader.Materializations.Contains(fromSql, StringComparer.OrdinalIgnoreCase))
            {
                materialization = FolderDefaults.Parse(fromSql);
            }
            else
            {
                issues.Add(new ProjectIssue(file.FilePath, config.Line, $"materialized='{fromSql}' : valeurs admises view, table, parquet."));
            }
        }

        return new ModelNode
        {
            Name = file.Name,
            Kind = NodeKind.Model,
            FilePath = file.FilePath,
            RelativePath = Relative(file.FilePath),
            Sql = file.Rewritten.Sql,
            Materialization = materialization,
            Tags = [.. folderTags.Concat(spec?.Tags ?? []).Concat(config?.Tags ?? []).Distinct(StringComparer.Ordinal)],
            Description = spec?.Description,
            Columns = Columns(spec),
            DependsOn = dependsOn,
            Sources = sourceNames,
            SchemaFilePath = spec?.FilePath,
        };
    }

    private static List<ColumnInfo> Columns(NodeSpec? spec) =>
        spec?.Columns.Select(c => new ColumnInfo(c.Name, c.Description, c.DataType)).ToList() ?? [];

    private sealed record NodeFile(string Name, NodeKind Kind, string FilePath);
}
