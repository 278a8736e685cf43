using System.Globalization;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>Writes the report as plain tables on stdout.</summary>
internal static class ResultTable
{
    public static void Write(BenchmarkReport report, TextWriter output)
    {
        var env = report.Environment;
        var options = report.Options;
        output.WriteLine(Invariant(
            $"Pipeline.DuckDb benchmarks, {env.StartedAt:yyyy-MM-dd HH:mm zzz}, {env.Cpu} ({env.Cores} cores), {env.Os}"));
        output.WriteLine(Invariant(
            $"{env.Runtime} ({env.GcMode} GC), DuckDB {env.DuckDb}, rows N = {Units.Count(options.Rows)}, runs K = {options.Runs} (median), threads = {options.Threads}"));
        output.WriteLine(Invariant($"load average (1/5/15 min): {env.LoadAtStart} at start, {report.LoadAtEnd} at end"));
        var setup = report.Setup;
        output.WriteLine(
            Invariant($"database {setup.Database}: t and t_small filled in {Units.Seconds(setup.FillTime)}; ") +
            Invariant($"RSS {Units.Megabytes(setup.RssBeforeSetup)} before setup, {Units.Megabytes(setup.RssAfterSetup)} after ") +
            Invariant($"(DuckDB reports {Units.Megabytes(setup.DuckDbMemory)} held: the tables themselves)"));
        output.WriteLine();

        var throughput = new TextTable("benchmark", "rows", "ours (median)", "ours rows/s", "engine (median)", "engine rows/s", "ratio", "target", "result", "cpu ratio");
        foreach (var c in Comparisons(report))
        {
            throughput.Add(c.Name, Units.Count(c.Rows), Units.Seconds(c.OursMedian), Units.RowsPerSecond(c.OursRowsPerSecond),
                Units.Seconds(c.EngineMedian), Units.RowsPerSecond(c.EngineRowsPerSecond), Units.Ratio(c.Ratio),
                "<= " + Units.Ratio(c.Target), c.MeetsTarget ? "pass" : "MISS", Units.Ratio(c.CpuRatio));
        }

        output.Write(throughput);
        output.WriteLine("ratio = our median time / the engine's (engine: read = CREATE TABLE t_copy AS SELECT * FROM t, append = INSERT INTO t2 ... FROM range(N))");
        output.WriteLine("cpu ratio = the same with the process's CPU time over all threads (the engine may use every core, our reader mostly one)");
        output.WriteLine();

        var memory = new TextTable("memory (worst run)", "RSS added", "GC heap added", "managed alloc/row");
        foreach (var c in Comparisons(report))
        {
            memory.Add(c.Name + ", ours", Units.Megabytes(Comparison.WorstRssAdded(c.Ours)),
                Units.Megabytes(Comparison.WorstManagedAdded(c.Ours)), Units.Bytes(Comparison.WorstAllocatedPerRow(c.Ours)));
            memory.Add(c.Name + ", engine", Units.Megabytes(Comparison.WorstRssAdded(c.Engine)),
                Units.Megabytes(Comparison.WorstManagedAdded(c.Engine)), Units.Bytes(Comparison.WorstAllocatedPerRow(c.Engine)));
        }

        output.Write(memory);
        output.WriteLine(
            "RSS added = peak resident memory during the phase minus resident memory at its start, so the tables DuckDB already");
        output.WriteLine(
            "holds are excluded; the engine's copy/insert and the appender's RSS include the new table itself.");
        // A growth factor between two figures of a few MB is allocator noise, not a trend: say so instead.
        var growth = Math.Max(report.ReaderRssAddedSmall, report.ReaderRssAddedFull) <= BenchmarkReport.FlatNoiseBytes
            ? Invariant($"both under the {Units.Megabytes(BenchmarkReport.FlatNoiseBytes)} noise floor")
            : Invariant($"{report.ReaderMemoryGrowth:F2}x");
        output.WriteLine(
            Invariant($"reader memory, N/10 -> N rows (10x the rows): RSS added {Units.Megabytes(report.ReaderRssAddedSmall)} -> ") +
            Invariant($"{Units.Megabytes(report.ReaderRssAddedFull)} ({growth}): ") +
            (report.ReaderMemoryFlat ? "flat (pass)" : "GROWS WITH THE ROWS (MISS)"));

        if (report.Breakdown.Count > 0)
        {
            output.WriteLine();
            var breakdown = new TextTable("read loop over t, N rows (--breakdown)", "median", "rows/s", "ns/row", "managed alloc/row");
            foreach (var line in report.Breakdown)
            {
                breakdown.Add(line.Variant, Units.Seconds(line.Median), Units.RowsPerSecond(line.Rows / line.Median.TotalSeconds),
                    (line.Median.TotalNanoseconds / line.Rows).ToString("F1", CultureInfo.InvariantCulture),
                    Units.Bytes(Comparison.WorstAllocatedPerRow(line.Runs)));
            }

            output.Write(breakdown);
        }

        output.WriteLine();
        output.WriteLine("checksums: every reader run, appender run and engine insert matched the SQL aggregates");
    }

    private static IEnumerable<Comparison> Comparisons(BenchmarkReport report) => [report.ReadSmall, report.ReadFull, report.Append];

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
