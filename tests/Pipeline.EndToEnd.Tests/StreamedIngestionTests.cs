using Dapper;
using Pipeline.Core;
using Pipeline.Ingestion;
using Pipeline.SampleData;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// The generated inbox (defects and identifier files included) ingested twice: as usual, and with every CSV file
/// offered to the streamed path first. The lake and the manifest must not tell which path a file took.
/// </summary>
public sealed class StreamedIngestionTests : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "pipeline-e2e-streamed-" + Guid.NewGuid().ToString("N"));

    private PipelineProject full = null!;
    private PipelineProject streamed = null!;
    private IngestionSummary streamedRun = null!;

    public async Task InitializeAsync()
    {
        full = Project("full");
        streamed = Project("streamed");
        SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputPath = full.InboxPath, Scale = 0.05, FirstYear = 2021, LastYear = 2022, WithIdentifiers = true,
        });
        foreach (var file in Directory.EnumerateFiles(full.InboxPath, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(streamed.InboxPath, Path.GetRelativePath(full.InboxPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        await new IngestionRunner(full).RunAsync();
        streamedRun = await new IngestionRunner(streamed) { StreamedCsvMinimumBytes = 0 }.RunAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Both_paths_give_the_same_manifest_and_the_same_lake()
    {
        var stages = streamedRun.Timings.Stages.ToDictionary(s => s.Stage, s => s.Count);
        Assert.True(stages.GetValueOrDefault(IngestionTimings.StreamedCsv) >= 10, string.Join(", ", stages));
        Assert.True(stages.GetValueOrDefault(IngestionTimings.StreamedCsvAbandoned) >= 3, "defective and identifying files should have fallen back");

        Assert.Equal(Manifest(full), Manifest(streamed));
        var files = LakeFiles(full);
        Assert.Equal(files, LakeFiles(streamed));
        using var duckdb = Lake.Open();
        foreach (var file in files)
        {
            string Rows(PipelineProject project) => string.Join("\n", duckdb.Query<string>(
                $"SELECT CAST(t AS VARCHAR) FROM read_parquet('{Path.Combine(project.LakePath, file)}', hive_partitioning = false) t ORDER BY ALL"));
            Assert.True(Rows(full) == Rows(streamed), $"{file} differs between the two paths");
        }
    }

    private PipelineProject Project(string name)
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pipeline.yaml"), "name: e2e-streamed\n");
        return PipelineProject.Load(folder);
    }

    private static List<string> Manifest(PipelineProject project)
    {
        using var warehouse = Lake.Warehouse(project.WarehousePath);
        return [.. warehouse.Query<string>("""
            SELECT concat_ws('|', received_path, dataset, status, period, rows_read, rows_ok, rows_quarantined, superseded_by, reason, contract_version)
            FROM ingest_manifest ORDER BY ALL
            """)];
    }

    /// <summary>The Parquet files of raw/ and quarantine/, relative to the lake.</summary>
    private static List<string> LakeFiles(PipelineProject project) =>
        [.. new[] { "raw", "quarantine" }
            .Select(f => Path.Combine(project.LakePath, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.parquet", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(project.LakePath, f))
            .Order(StringComparer.Ordinal)];
}
