using Pipeline.SampleData;

namespace Pipeline.Runs.Tests;

/// <summary>
/// A project in its own temp folder: the repository's contracts, models written by the test, and
/// optionally a small generated sample in the inbox. Deleted on dispose.
/// </summary>
internal sealed class TestProject : IDisposable
{
    /// <summary>A model that keeps DuckDB busy for minutes: a query to interrupt or kill in the middle.</summary>
    public const string SlowModel = "{{ config(materialized='table') }} select sum(a.range * b.range) as s from range(200000) a, range(2000000) b";

    public TestProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "pipeline-runs-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "models"));
        Directory.CreateDirectory(Path.Combine(Root, "inbox"));
        var contracts = Path.Combine(RepositoryRoot, "ingestion", "contracts").Replace("'", "''", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Root, "pipeline.yaml"), $"""
            name: runs-test
            duckdb: {"{"} threads: 1, memory_limit: 1GB {"}"}
            ingestion:
              contracts: '{contracts}'
            transforms:
              model_paths: [models]
              seed_paths: [seeds]
              test_paths: [tests]
            """);
        WriteModel("one", "select 1 as x");
    }

    public string Root { get; }

    public string Warehouse => Path.Combine(Root, "warehouse", "pipeline.duckdb");

    public static string RepositoryRoot { get; } = FindRepository();

    public void WriteModel(string name, string sql) => File.WriteAllText(Path.Combine(Root, "models", name + ".sql"), sql);

    public void DeleteModel(string name) => File.Delete(Path.Combine(Root, "models", name + ".sql"));

    /// <summary>Generates a small sample (a few federation files per year) into the inbox.</summary>
    public void GenerateSample(int firstYear, int lastYear) => SampleDataGenerator.Generate(new SampleDataOptions
    {
        OutputPath = Path.Combine(Root, "inbox"), Scale = 0.05, FirstYear = firstYear, LastYear = lastYear, Parallelism = 1,
    });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed a moment ago may still be releasing a file; the temp folder is cleaned by the OS later.
        }
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Pipeline.sln not found above {AppContext.BaseDirectory}.");
    }
}
