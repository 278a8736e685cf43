using System.Text.Json;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// The report as JSON, for tracking figures across commits. Plain numbers in base units (seconds, bytes,
/// rows/s) so that a script can compare runs without parsing the table's formatting.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static void Write(BenchmarkReport report, string path)
    {
        var document = new
        {
            report.Environment,
            loadAtEnd = report.LoadAtEnd,
            options = new { report.Options.Rows, report.Options.Runs, report.Options.Threads },
            setup = new
            {
                report.Setup.Database,
                fillSeconds = report.Setup.FillTime.TotalSeconds,
                rssBeforeSetupBytes = report.Setup.RssBeforeSetup,
                rssAfterSetupBytes = report.Setup.RssAfterSetup,
                duckDbMemoryBytes = report.Setup.DuckDbMemory,
            },
            benchmarks = new[] { report.ReadSmall, report.ReadFull, report.Append }.Select(Benchmark),
            readerMemory = new
            {
                rssAddedSmallBytes = report.ReaderRssAddedSmall,
                rssAddedFullBytes = report.ReaderRssAddedFull,
                growth = report.ReaderMemoryGrowth,
                flat = report.ReaderMemoryFlat,
            },
            breakdown = report.Breakdown.Select(line => new
            {
                line.Variant,
                medianSeconds = line.Median.TotalSeconds,
                runs = line.Runs.Select(Run),
            }),
            checksumsMatched = true,
        };

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(document, Options) + Environment.NewLine);
    }

    private static object Benchmark(Comparison c) => new
    {
        c.Name,
        c.Rows,
        ours = Side(c.OursWork, c.Ours, c.OursMedian),
        engine = Side(c.EngineWork, c.Engine, c.EngineMedian),
        c.Ratio,
        c.Target,
        c.MeetsTarget,
        c.CpuRatio,
    };

    private static object Side(string work, IReadOnlyList<PhaseResult> runs, TimeSpan median) => new
    {
        work,
        medianSeconds = median.TotalSeconds,
        medianCpuSeconds = Comparison.MedianCpu(runs).TotalSeconds,
        rowsPerSecond = runs[0].Rows / median.TotalSeconds,
        worstRssAddedBytes = Comparison.WorstRssAdded(runs),
        worstGcHeapAddedBytes = Comparison.WorstManagedAdded(runs),
        worstAllocatedBytesPerRow = Comparison.WorstAllocatedPerRow(runs),
        runs = runs.Select(Run),
    };

    private static object Run(PhaseResult r) => new
    {
        seconds = r.Elapsed.TotalSeconds,
        cpuSeconds = r.CpuTime.TotalSeconds,
        r.RowsPerSecond,
        rssBeforeBytes = r.Memory.RssBefore,
        rssPeakBytes = r.Memory.RssPeak,
        rssPeakIsKernelHighWaterMark = r.Memory.ExactPeak,
        gcHeapBeforeBytes = r.Memory.ManagedBefore,
        gcHeapPeakBytes = r.Memory.ManagedPeak,
        allocatedBytes = r.AllocatedBytes,
        r.AllocatedBytesPerRow,
    };
}
