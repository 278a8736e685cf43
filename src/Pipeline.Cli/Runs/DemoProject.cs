using System.Globalization;
using System.Text;
using Pipeline.Core;

namespace Pipeline.Cli.Runs;

/// <summary>
/// The demo's project folder: a <c>pipeline.yaml</c> whose data folders (inbox, lake, warehouse, site)
/// are its own and whose content (contracts, models, seeds, tests, pages) is the source project's, by
/// absolute path. Nothing is copied, so the demo always runs the repository's current models and pages.
/// </summary>
internal static class DemoProject
{
    /// <summary>First line of the demo's pipeline.yaml: marks a folder the demo may wipe and rewrite.</summary>
    public const string Marker = "# Projet de démonstration écrit par « pipeline demo »";

    /// <summary>Creates (or recreates) the demo folder at <paramref name="path"/> from <paramref name="source"/>.</summary>
    /// <exception cref="PipelineException">The folder exists, is not empty and was not written by the demo.</exception>
    public static PipelineProject Create(PipelineProject source, string path)
    {
        ArgumentNullException.ThrowIfNull(source);
        var root = Path.GetFullPath(path);
        var config = Path.Combine(root, PipelineProject.FileName);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!File.Exists(config) || !File.ReadLines(config).FirstOrDefault()!.StartsWith(Marker, StringComparison.Ordinal))
            {
                throw new PipelineException(
                    $"Le dossier {root} existe et n'est pas un projet de démonstration : il ne sera pas effacé. "
                    + "Choisissez un autre dossier avec --output <dossier>.");
            }

            if (Path.GetFullPath(source.RootPath) == root)
            {
                throw new PipelineException($"Le dossier de démonstration {root} ne peut pas être le projet source lui-même.");
            }

            // A fresh demo each time: the previous sample, lake, warehouse and site go.
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(config, Yaml(source));
        return PipelineProject.Load(config);
    }

    private static string Yaml(PipelineProject source)
    {
        var options = source.Options;
        var yaml = new StringBuilder();
        yaml.AppendLine(Marker);
        yaml.AppendLine(CultureInfo.InvariantCulture, $"# à partir de {source.ConfigFilePath} ; le contenu (contrats, modèles, pages) est celui de ce projet.");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"name: {Quote(options.Name + "-demo")}");
        yaml.AppendLine("inbox: inbox");
        yaml.AppendLine("lake: lake");
        yaml.AppendLine("warehouse: warehouse/pipeline.duckdb");
        yaml.AppendLine("site: site");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"duckdb: {{ threads: {options.DuckDb.Threads}, memory_limit: {Quote(options.DuckDb.MemoryLimit)} }}");
        yaml.AppendLine("federations:");
        foreach (var federation in options.Federations)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture,
                $"  - {{ code: {Quote(federation.Code)}, region: {federation.RegionCode}, name: {Quote(federation.Name)} }}");
        }

        yaml.AppendLine("ingestion:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  contracts: {Quote(source.ContractsPath)}");
        yaml.AppendLine("transforms:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  model_paths: [{string.Join(", ", source.ModelPaths.Select(Quote))}]");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  seed_paths: [{string.Join(", ", source.SeedPaths.Select(Quote))}]");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  test_paths: [{string.Join(", ", source.TestPaths.Select(Quote))}]");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  threads: {options.Transforms.Threads}");
        yaml.AppendLine("privacy:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  min_cell: {options.Privacy.MinCell}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  min_denominator: {options.Privacy.MinDenominator}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  min_operators: {options.Privacy.MinOperators}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  max_dominance: {options.Privacy.MaxDominance.ToString(CultureInfo.InvariantCulture)}");
        yaml.AppendLine("dashboards:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  pages: {Quote(source.PagesPath)}");
        return yaml.ToString();
    }

    // Single-quoted YAML: only the quote itself needs escaping, so any path or name is safe.
    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
