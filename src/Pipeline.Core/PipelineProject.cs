using System.Collections.Immutable;
using Pipeline.Core.Configuration;

namespace Pipeline.Core;

/// <summary>
/// A pipeline project: the folder holding <c>pipeline.yaml</c>, its options, and every path they name
/// resolved to an absolute path against that folder (never against the current directory).
/// </summary>
public sealed class PipelineProject
{
    /// <summary>The configuration file name that marks a project folder.</summary>
    public const string FileName = "pipeline.yaml";

    /// <summary>Builds a project from options already read; <paramref name="configFilePath"/> anchors relative paths.</summary>
    public PipelineProject(string configFilePath, PipelineOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(configFilePath);
        ArgumentNullException.ThrowIfNull(options);

        ConfigFilePath = Path.GetFullPath(configFilePath);
        RootPath = Path.GetDirectoryName(ConfigFilePath)!;
        Options = options;
        InboxPath = Resolve(options.Inbox);
        LakePath = Resolve(options.Lake);
        WarehousePath = Resolve(options.Warehouse);
        SitePath = Resolve(options.Site);
        TargetPath = Resolve("target");
        ContractsPath = Resolve(options.Ingestion.Contracts);
        ModelPaths = options.Transforms.ModelPaths.Select(Resolve).ToImmutableArray();
        SeedPaths = options.Transforms.SeedPaths.Select(Resolve).ToImmutableArray();
        TestPaths = options.Transforms.TestPaths.Select(Resolve).ToImmutableArray();
        PagesPath = Resolve(options.Dashboards.Pages);
        DuckDbTempDirectoryPath = options.DuckDb.TempDirectory is { } temp ? Resolve(temp) : null;
    }

    /// <summary>The folder holding <c>pipeline.yaml</c>.</summary>
    public string RootPath { get; }

    /// <summary>Absolute path of <c>pipeline.yaml</c>.</summary>
    public string ConfigFilePath { get; }

    /// <summary>The options as written (relative paths unresolved).</summary>
    public PipelineOptions Options { get; }

    public string InboxPath { get; }

    public string LakePath { get; }

    /// <summary><c>lake/landing</c>: every received file, byte for byte, named by its SHA-256.</summary>
    public string LandingPath => Path.Combine(LakePath, "landing");

    /// <summary><c>lake/raw</c>: valid rows as Hive-partitioned Parquet, one folder per dataset.</summary>
    public string RawPath => Path.Combine(LakePath, "raw");

    /// <summary><c>lake/quarantine</c>: rejected rows with file, line and reason.</summary>
    public string QuarantinePath => Path.Combine(LakePath, "quarantine");

    /// <summary><c>lake/marts</c>: marts exported as Parquet.</summary>
    public string MartsExportPath => Path.Combine(LakePath, "marts");

    /// <summary>The DuckDB warehouse file.</summary>
    public string WarehousePath { get; }

    public string SitePath { get; }

    /// <summary><c>target/</c> beside <c>pipeline.yaml</c>: run results, manifest and docs of the last run.</summary>
    public string TargetPath { get; }

    public string ContractsPath { get; }

    public IReadOnlyList<string> ModelPaths { get; }

    public IReadOnlyList<string> SeedPaths { get; }

    public IReadOnlyList<string> TestPaths { get; }

    /// <summary>Folder of the dashboard pages and fiches.</summary>
    public string PagesPath { get; }

    /// <summary>DuckDB's spill folder, resolved; null when DuckDB's default is kept.</summary>
    public string? DuckDbTempDirectoryPath { get; }

    /// <summary>Connection string of the warehouse with the <c>duckdb</c> settings applied.</summary>
    public string WarehouseConnectionString =>
        (Options.DuckDb with { TempDirectory = DuckDbTempDirectoryPath }).ToConnectionString(WarehousePath);

    /// <summary>Resolves a path written in <c>pipeline.yaml</c> (relative to its folder, or absolute).</summary>
    public string Resolve(string path) => Path.GetFullPath(path, RootPath);

    /// <summary>
    /// Loads the project at <paramref name="path"/>: a folder holding <c>pipeline.yaml</c>, or the file itself.
    /// Unlike <see cref="Find"/>, parent folders are not searched: an explicit path means that one.
    /// </summary>
    /// <exception cref="PipelineProjectNotFoundException">No <c>pipeline.yaml</c> there.</exception>
    /// <exception cref="PipelineConfigException">The file is invalid.</exception>
    public static PipelineProject Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            return FromFile(fullPath);
        }

        if (!Directory.Exists(fullPath))
        {
            throw new PipelineProjectNotFoundException(fullPath,
                $"Le dossier {fullPath} n'existe pas. Passez --project <dossier> avec le dossier qui contient {FileName}.");
        }

        var file = Path.Combine(fullPath, FileName);
        return File.Exists(file)
            ? FromFile(file)
            : throw new PipelineProjectNotFoundException(fullPath,
                $"Aucun {FileName} dans {fullPath}. Passez --project <dossier> avec le dossier qui en contient un.");
    }

    /// <summary>Loads the nearest project: <paramref name="startDirectory"/> or the first parent holding <c>pipeline.yaml</c>.</summary>
    /// <exception cref="PipelineProjectNotFoundException">Neither that folder nor any parent holds one.</exception>
    /// <exception cref="PipelineConfigException">The file found is invalid.</exception>
    public static PipelineProject Find(string startDirectory)
    {
        var start = Path.GetFullPath(startDirectory);
        return FindFile(start) is { } file
            ? FromFile(file)
            : throw new PipelineProjectNotFoundException(start,
                $"Aucun {FileName} trouvé dans {start} ni au-dessus. Passez --project <dossier>.");
    }

    /// <summary>The nearest <c>pipeline.yaml</c> in <paramref name="startDirectory"/> or its parents, or null.</summary>
    public static string? FindFile(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static PipelineProject FromFile(string file) => new(file, PipelineYamlReader.ReadFile(file));
}
