using Pipeline.Core;
using Pipeline.DuckDb;
using Pipeline.SampleData;

namespace Pipeline.Cli.Tests;

/// <summary>
/// `pipeline ingest` killed with SIGKILL in the middle of its files (a real kill of the real executable):
/// no partial Parquet is ever visible in the lake, and the next run ends with exactly the lake and manifest
/// of an ingestion that was never interrupted.
/// </summary>
public sealed class IngestCrashTests
{
    [Fact]
    public async Task An_ingestion_killed_mid_file_leaves_no_partial_parquet_and_the_next_run_matches_an_uninterrupted_one()
    {
        using var inbox = new TempFolder();
        SampleDataGenerator.Generate(new SampleDataOptions { OutputPath = inbox.Path, Scale = 0.05, FirstYear = 2021, LastYear = 2022 });
        using var reference = IngestProject(inbox.Path);
        using var crashed = IngestProject(inbox.Path);
        var clean = await PipelineProcess.RunAsync("ingest", "--project", reference.Path);
        Assert.True(clean.ExitCode == 0, clean.Output + clean.Error);

        var random = new Random(20240609);
        var kills = 0;
        foreach (var delay in new[] { 0.8, 1.5 + random.NextDouble(), 2.5 + random.NextDouble(), 3.5 + (2 * random.NextDouble()) })
        {
            using var run = PipelineProcess.Start("ingest", "--project", crashed.Path);
            await Task.Delay(TimeSpan.FromSeconds(delay));
            if (!IsRunning(run))
            {
                break; // nothing left to ingest: the kills already covered the whole inbox
            }

            // a kill before the process has made its lake (a slow start on a loaded machine) interrupts no file
            var midRun = Directory.Exists(Path.Combine(crashed.Path, "lake"));
            run.Kill();
            await run.WaitAsync(TimeSpan.FromSeconds(10));
            kills += midRun ? 1 : 0;
            AssertEveryVisibleParquetIsWhole(crashed.Path);
        }

        Assert.True(kills >= 2, $"only {kills} kill(s) landed during an ingestion: the inbox is too small for this test");
        var last = await PipelineProcess.RunAsync("ingest", "--project", crashed.Path);
        Assert.True(last.ExitCode == 0, last.Output + last.Error);

        AssertEveryVisibleParquetIsWhole(crashed.Path);
        Assert.Equal(LakeFiles(reference.Path), LakeFiles(crashed.Path));
        Assert.Equal(Manifest(reference.Path), Manifest(crashed.Path));
        Assert.Equal(CurrentRawRows(reference.Path), CurrentRawRows(crashed.Path));
    }

    private static TempFolder IngestProject(string inbox)
    {
        var project = new TempFolder();
        project.Write("pipeline.yaml", "name: ingest-crash\n");
        foreach (var file in Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project.Path, "inbox", Path.GetRelativePath(inbox, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return project;
    }

    private static bool IsRunning(PipelineProcess run)
    {
        try
        {
            return System.Diagnostics.Process.GetProcessById(run.Id) is { HasExited: false };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Every Parquet file where readers look (raw, quarantine) opens and reads to the end.</summary>
    private static void AssertEveryVisibleParquetIsWhole(string root)
    {
        var lake = Path.Combine(root, "lake");
        if (!Directory.Exists(lake))
        {
            return; // killed before it made its lake: nothing is visible, so nothing is partial
        }

        using var duckdb = new DuckDBConnection("Data Source=:memory:");
        duckdb.Open();
        foreach (var file in Directory.EnumerateFiles(lake, "*.parquet", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.tmp{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            using var command = duckdb.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')";
            var exception = Record.Exception(() => command.ExecuteScalar());
            Assert.True(exception is null, $"{file} is not a whole Parquet file: {exception?.Message}");
        }
    }

    private static List<string> LakeFiles(string root) =>
        [.. new[] { "raw", "quarantine", "landing" }
            .Select(folder => Path.Combine(root, "lake", folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(root, file))
            .Order(StringComparer.Ordinal)];

    private static List<string> Manifest(string root) => Query(root,
        "SELECT received_path || ' ' || coalesce(sheet, '') || ' ' || status || ' ' || rows_read || ' ' || rows_ok || ' ' || rows_quarantined FROM ingest_manifest ORDER BY ALL");

    // What staging would read: the rows of the current units only, per dataset.
    private static List<string> CurrentRawRows(string root) => Query(root, $"""
        SELECT r.dataset || ' ' || count(*)
        FROM (SELECT regexp_extract(filename, '/raw/([^/]+)/', 1) AS dataset, _unit_id
              FROM read_parquet('{Path.Combine(root, "lake", "raw")}/**/*.parquet', filename = true, union_by_name = true)) r
        JOIN warehouse.lake_current_units u ON u.unit_id = r._unit_id
        GROUP BY r.dataset ORDER BY 1
        """);

    private static List<string> Query(string root, string sql)
    {
        var project = PipelineProject.Load(root);
        using var duckdb = new DuckDBConnection("Data Source=:memory:");
        duckdb.Open();
        using (var attach = duckdb.CreateCommand())
        {
            attach.CommandText = $"ATTACH '{project.WarehousePath}' AS warehouse (READ_ONLY); USE warehouse;";
            attach.ExecuteNonQuery();
        }

        using var command = duckdb.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
