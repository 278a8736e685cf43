using System.Globalization;
using Pipeline.Core;
using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Benchmarks;

/// <summary>What a child process does: one step, measured by its parent.</summary>
internal static class Steps
{
    /// <summary>DuckDB alone: the file to Parquet with its own reader (types auto-detected), zstd, nothing checked.</summary>
    public static void RawDuckDb(string csv, string parquet, int threads)
    {
        using var connection = new DuckDBConnection(string.Create(CultureInfo.InvariantCulture, $"Data Source=:memory:;threads={threads}"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY (SELECT * FROM read_csv({ParcoursCsv.Literal(csv)})) TO {ParcoursCsv.Literal(parquet)} (FORMAT parquet, COMPRESSION zstd)";
        command.ExecuteNonQuery();
    }

    /// <summary>The real ingestion of a project's inbox; prints the manifest's counts and where the time went.</summary>
    public static async Task IngestAsync(string projectFolder)
    {
        var project = PipelineProject.Load(projectFolder);
        var summary = await new IngestionRunner(project).RunAsync();
        var tables = summary.Tables.ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files={summary.Files.Count} ok={tables.Sum(t => t.RowsOk)} quarantined={tables.Sum(t => t.RowsQuarantined)} errors={summary.Errors}"));
        foreach (var (stage, time, count) in summary.Timings.Stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stage\t{stage}\t{time.TotalSeconds:F2}\t{count}"));
        }
    }
}
