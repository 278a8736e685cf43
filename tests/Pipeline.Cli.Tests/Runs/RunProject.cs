namespace Pipeline.Cli.Tests.Runs;

/// <summary>
/// A small project in a temp folder for run tests: the repository's contracts, one model of its own
/// and an empty inbox, so a run is real (lock, warehouse, history) and takes a second.
/// </summary>
internal sealed class RunProject : IDisposable
{
    private readonly TempFolder folder = new();

    public RunProject()
    {
        var contracts = System.IO.Path.Combine(RepositoryRoot.Path, "ingestion", "contracts").Replace("'", "''", StringComparison.Ordinal);
        folder.Write("pipeline.yaml", $"""
            name: run-test
            duckdb: {"{"} threads: 1, memory_limit: 512MB {"}"}
            ingestion:
              contracts: '{contracts}'
            transforms:
              model_paths: [models]
              seed_paths: [seeds]
              test_paths: [tests]
            """);
        folder.Write("models/one.sql", "select 1 as x union all select 2");
        folder.CreateFolder("inbox");
    }

    public string Path => folder.Path;

    public Core.PipelineProject Load() => Core.PipelineProject.Load(Path);

    public void Dispose() => folder.Dispose();
}

/// <summary>Locates the repository (the folder of Pipeline.sln) from the test assembly's folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Pipeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Pipeline.sln not found above {AppContext.BaseDirectory}.");
    }
}
