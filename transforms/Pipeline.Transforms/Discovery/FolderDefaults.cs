using Pipeline.Transforms.Discovery.Yaml;
using Pipeline.Transforms.Graph;

namespace Pipeline.Transforms.Discovery;

/// <summary>
/// Materialisation and tags a model gets from its folders. Built in: a model under a folder named
/// <c>marts</c> is a table, anything else a view (so <c>staging</c> models are views). A
/// <c>_defaults.yml</c> file in a folder overrides that for the folder and its sub-folders (the nearest
/// wins; tags add up):
/// <code>
/// config:
///   materialized: parquet   # view | table | parquet
///   tags: [penurie]
/// </code>
/// A model's own YAML <c>config:</c> or <c>{{ config(...) }}</c> wins over both.
/// </summary>
internal sealed class FolderDefaults
{
    /// <summary>The file name that sets defaults for its folder.</summary>
    public const string FileName = "_defaults.yml";

    private static readonly string[] RootKeys = ["config"];
    private static readonly string[] ConfigKeys = ["materialized", "tags"];

    private readonly string rootPath;
    private readonly Dictionary<string, (string? Materialized, IReadOnlyList<string> Tags)> byFolder;

    private FolderDefaults(string rootPath, Dictionary<string, (string?, IReadOnlyList<string>)> byFolder)
    {
        this.rootPath = rootPath;
        this.byFolder = byFolder;
    }

    /// <summary>Reads every <c>_defaults.yml</c> found; a mistake in one is a located config error.</summary>
    public static FolderDefaults Read(string rootPath, IEnumerable<string> files)
    {
        var byFolder = new Dictionary<string, (string?, IReadOnlyList<string>)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var root = YamlFile.LoadRoot(File.ReadAllText(file), file);
            if (root is null)
            {
                continue;
            }

            var config = new YamlMap(file, root, $"dans {FileName}", RootKeys)
                .Map("config", $"dans « config » de {FileName}", ConfigKeys);
            byFolder[Path.GetDirectoryName(file)!] = (
                config?.Choice("materialized", SchemaFileReader.Materializations),
                config?.StringList("tags") ?? []);
        }

        return new FolderDefaults(rootPath, byFolder);
    }

    /// <summary>The defaults for a model file: materialisation and the tags of every folder above it.</summary>
    public (Materialization Materialization, IReadOnlyList<string> Tags) For(string modelFile)
    {
        var folders = new List<string>();
        for (var folder = Path.GetDirectoryName(modelFile); folder is not null && IsUnderRoot(folder); folder = Path.GetDirectoryName(folder))
        {
            folders.Add(folder);
        }

        var materialization = BuiltIn(modelFile);
        var tags = new List<string>();
        // From the root down, so that nearer folders override farther ones.
        foreach (var folder in Enumerable.Reverse(folders))
        {
            if (byFolder.TryGetValue(folder, out var defaults))
            {
                materialization = defaults.Materialized is { } m ? Parse(m) : materialization;
                tags.AddRange(defaults.Tags);
            }
        }

        return (materialization, tags);
    }

    /// <summary><c>view</c>, <c>table</c> or <c>parquet</c> as a <see cref="Materialization"/>.</summary>
    public static Materialization Parse(string text) => text.ToUpperInvariant() switch
    {
        "VIEW" => Materialization.View,
        "PARQUET" => Materialization.Parquet,
        _ => Materialization.Table,
    };

    private Materialization BuiltIn(string modelFile)
    {
        var relative = Path.GetRelativePath(rootPath, Path.GetDirectoryName(modelFile)!);
        var segments = relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        return segments.Contains("marts", StringComparer.OrdinalIgnoreCase) ? Materialization.Table : Materialization.View;
    }

    private bool IsUnderRoot(string folder) =>
        folder.Length >= rootPath.Length && folder.StartsWith(rootPath, StringComparison.Ordinal);
}
