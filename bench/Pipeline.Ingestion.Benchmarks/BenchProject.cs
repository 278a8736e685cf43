using System.Globalization;

namespace Pipeline.Ingestion.Benchmarks;

/// <summary>A throw-away pipeline project (built-in contracts, default settings) and how to read a child's report.</summary>
internal static class BenchProject
{
    public static string Create(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pipeline.yaml"), "name: bench-ingestion\n");
        return folder;
    }

    /// <summary>Every generated row is valid: a benchmark that lost or refused rows would measure nothing.</summary>
    public static void CheckAllRowsIngested(Measurement ingest, long rows)
    {
        var expected = string.Create(CultureInfo.InvariantCulture, $"files=1 ok={rows} quarantined=0 errors=0");
        if (!ingest.Output.StartsWith(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"expected « {expected} », the ingestion reported: {ingest.Output}");
        }
    }

    /// <summary>Where the ingestion's time went (summed over its parallel lanes).</summary>
    public static void PrintStages(Measurement ingest)
    {
        var stages = ingest.Output.Split('\n').Where(l => l.StartsWith("stage\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t')).Select(p => $"{p[1][2..]} {p[2]} s");
        Console.WriteLine($"    stages: {string.Join(" · ", stages)}");
    }
}
