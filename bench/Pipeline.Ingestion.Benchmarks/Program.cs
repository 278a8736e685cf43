using System.Globalization;
using Pipeline.DuckDb;
using Pipeline.Ingestion.Benchmarks;
using Pipeline.SampleData;

// dotnet run -c Release --project bench/Pipeline.Ingestion.Benchmarks -- [--rows 1000000,5000000] [--inbox-scale 1] [--skip-csv] [--skip-inbox]
// Each step runs in its own child process (peak RSS per step); the parent prints a Markdown table.
switch (args)
{
    case ["--child-raw", var csv, var parquet]:
        Steps.RawDuckDb(csv, parquet, threads: 2);
        return 0;
    case ["--child-ingest", var project]:
        await Steps.IngestAsync(project);
        return 0;
    case ["--help" or "-h"]:
        Console.WriteLine("dotnet run -c Release --project bench/Pipeline.Ingestion.Benchmarks -- [--rows 1000000,5000000] [--inbox-scale 1] [--skip-csv] [--skip-inbox]");
        return 0;
}

var rows = Option("--rows", "1000000,5000000").Split(',').Select(r => long.Parse(r, CultureInfo.InvariantCulture)).ToList();
var scale = double.Parse(Option("--inbox-scale", "1"), CultureInfo.InvariantCulture);
var root = Path.Combine(Path.GetTempPath(), "bench-ingestion-" + Guid.NewGuid().ToString("N"));
Console.WriteLine($"Ingestion — DuckDB {DuckDBConnection.LibraryVersion}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
try
{
    if (!args.Contains("--skip-csv"))
    {
        Console.WriteLine();
        Console.WriteLine("| parcours rows | CSV size | DuckDB COPY read_csv → Parquet | ingestion (landing, privacy, validation, Parquet) | throughput ratio | peak RSS DuckDB | peak RSS ingestion |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var count in rows)
        {
            var project = BenchProject.Create(Path.Combine(root, $"csv-{count}"));
            var csv = Path.Combine(project, "inbox", "CAIPS", $"parcours_{ParcoursCsv.Year}.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(csv)!);
            ParcoursCsv.Write(csv, count);
            var raw = ChildProcess.Run("--child-raw", csv, Path.Combine(root, $"raw-{count}.parquet"));
            var ingest = ChildProcess.Run("--child-ingest", project);
            BenchProject.CheckAllRowsIngested(ingest, count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {count:N0} | {new FileInfo(csv).Length / 1e6:F0} MB | {raw.Elapsed.TotalSeconds:F1} s | {ingest.Elapsed.TotalSeconds:F1} s | ×{raw.Elapsed / ingest.Elapsed:F2} | {raw.PeakRssGiB:F2} GiB | {ingest.PeakRssGiB:F2} GiB |"));
            BenchProject.PrintStages(ingest);
            Directory.Delete(project, recursive: true);
        }
    }

    if (!args.Contains("--skip-inbox"))
    {
        var project = BenchProject.Create(Path.Combine(root, "inbox"));
        SampleDataGenerator.Generate(new SampleDataOptions { OutputPath = Path.Combine(project, "inbox"), Scale = scale });
        var ingest = ChildProcess.Run("--child-ingest", project);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated inbox, scale {scale}: {ingest.Output.Split('\n')[0]} — {ingest.Elapsed.TotalSeconds:F1} s wall, peak RSS {ingest.PeakRssGiB:F2} GiB"));
        BenchProject.PrintStages(ingest);
    }
}
finally
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}

return 0;

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}
