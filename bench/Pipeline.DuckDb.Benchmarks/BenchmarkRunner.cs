using System.Diagnostics;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// Runs the whole program's work: setup, an untimed warm-up, K interleaved runs of every benchmark and of its
/// engine baseline, and the optional breakdown. Progress goes to stderr so stdout holds only the result table.
/// </summary>
internal sealed class BenchmarkRunner(BenchmarkOptions options, TextWriter progress)
{
    private const string FullTable = "t";
    private const string SmallTable = "t_small";

    public BenchmarkReport Run()
    {
        var environment = RunEnvironment.Capture();

        // In memory rather than a temp file: both sides then measure CPU work, not the disk. In a file, the
        // engine's copy/insert and the appender would all pay for block writes and checkpoints, whose cost
        // depends on the disk and would swamp the provider's share of the time.
        using var connection = new DuckDBConnection($"Data Source=:memory:;threads={options.Threads}");
        connection.Open();

        var setup = Setup(connection);
        var expectedFull = TableChecksum.FromSql(connection, FullTable);
        var expectedSmall = TableChecksum.FromSql(connection, SmallTable);
        var labels = BenchmarkData.LabelPool();
        var expectedAppend = AppenderBenchmark.Expected(options.Rows, labels);

        WarmUp(connection, expectedSmall, labels);

        var readSmall = (Ours: new List<PhaseResult>(), Engine: new List<PhaseResult>());
        var readFull = (Ours: new List<PhaseResult>(), Engine: new List<PhaseResult>());
        var append = (Ours: new List<PhaseResult>(), Engine: new List<PhaseResult>());
        for (var run = 1; run <= options.Runs; run++)
        {
            // Ours and the engine alternate within each run, so drift in the machine's speed hits both sides.
            readSmall.Ours.Add(Report(run, "read N/10", ReaderBenchmark.RunReader(connection, SmallTable, expectedSmall)));
            readSmall.Engine.Add(Report(run, "copy N/10", ReaderBenchmark.RunEngineCopy(connection, SmallTable, expectedSmall.Rows)));
            readFull.Ours.Add(Report(run, "read N", ReaderBenchmark.RunReader(connection, FullTable, expectedFull)));
            readFull.Engine.Add(Report(run, "copy N", ReaderBenchmark.RunEngineCopy(connection, FullTable, expectedFull.Rows)));
            append.Ours.Add(Report(run, "append N", AppenderBenchmark.RunAppender(connection, options.Rows, labels)));
            append.Engine.Add(Report(run, "insert N", AppenderBenchmark.RunEngineInsert(connection, options.Rows, expectedAppend)));
        }

        var breakdown = options.Breakdown ? Breakdown(connection, expectedFull) : [];

        const string ReadWork = "DuckDBDataReader over SELECT * FROM t, typed getter on every value";
        const string CopyWork = "CREATE TABLE t_copy AS SELECT * FROM t";
        return new BenchmarkReport(
            environment,
            options,
            setup,
            new Comparison("read N/10", ReadWork, CopyWork, expectedSmall.Rows, Targets.Reader, readSmall.Ours, readSmall.Engine),
            new Comparison("read N", ReadWork, CopyWork, expectedFull.Rows, Targets.Reader, readFull.Ours, readFull.Engine),
            new Comparison("append N", "DuckDBAppender, 4 typed Append + EndRow per row",
                "INSERT INTO t2 SELECT ... FROM range(N), the same rows", options.Rows, Targets.Appender, append.Ours, append.Engine),
            breakdown,
            RunEnvironment.LoadAverage());
    }

    /// <summary>Fills t (N rows) and t_small (N/10) inside the engine, and notes what that left resident.</summary>
    private SetupFigures Setup(DuckDBConnection connection)
    {
        progress.WriteLine($"setup: filling {FullTable} ({Units.Count(options.Rows)} rows) and {SmallTable} ({Units.Count(options.Rows / 10)} rows) in memory...");
        var rssBefore = ProcessMemory.CurrentRss();
        var watch = Stopwatch.StartNew();
        Sql.Execute(connection, BenchmarkData.CreateTable(FullTable));
        Sql.Execute(connection, $"INSERT INTO {FullTable} {BenchmarkData.DistinctRows(options.Rows)}");
        Sql.Execute(connection, BenchmarkData.CreateTable(SmallTable));
        Sql.Execute(connection, $"INSERT INTO {SmallTable} {BenchmarkData.DistinctRows(options.Rows / 10)}");
        watch.Stop();
        Settle();
        var duckDbMemory = Sql.ScalarInt64(connection, "SELECT coalesce(sum(memory_usage_bytes), 0)::BIGINT FROM duckdb_memory()");
        return new SetupFigures(
            $":memory: (threads={options.Threads})", watch.Elapsed, rssBefore, ProcessMemory.CurrentRss(), duckDbMemory);
    }

    /// <summary>
    /// Untimed: gets the provider's getters and Append overloads to tier-1 JIT code, so run 1 is not slower than
    /// the others for the JIT's sake. Tiered JIT compiles hot methods in the background, after a delay that
    /// restarts whenever new methods are jitted, so each pass ends with a pause for the optimised code to land.
    /// </summary>
    private void WarmUp(DuckDBConnection connection, TableChecksum expectedSmall, string[] labels)
    {
        progress.WriteLine("warm-up...");
        for (var pass = 0; pass < 3; pass++)
        {
            ReaderBenchmark.RunReader(connection, SmallTable, expectedSmall);
            AppenderBenchmark.RunAppender(connection, Math.Min(options.Rows, 1_000_000), labels);
            Thread.Sleep(TimeSpan.FromMilliseconds(300));
        }

        Settle();
    }

    /// <summary>
    /// The read loop over the full table, touching only some columns: where the reader's time goes. Each variant
    /// runs K times, round-robin, and the median is kept, as for the benchmarks.
    /// </summary>
    private List<BreakdownLine> Breakdown(DuckDBConnection connection, TableChecksum expected)
    {
        progress.WriteLine("breakdown...");
        var all = $"SELECT * FROM {FullTable}";
        var variants = new (string Name, Func<TableChecksum> Read)[]
        {
            ("Read() only (fetch chunks, step rows)", () => ReaderBenchmark.Read<RowsOnlyVisitor>(connection, all)),
            ("Read() only, SELECT id, amount, day", () => ReaderBenchmark.Read<RowsOnlyVisitor>(connection, $"SELECT id, amount, day FROM {FullTable}")),
            ("+ GetInt64, GetDouble, GetFieldValue<DateOnly>", () => ReaderBenchmark.Read<FixedWidthVisitor>(connection, all)),
            ("+ GetString only", () => ReaderBenchmark.Read<StringOnlyVisitor>(connection, all)),
            ("+ all four getters (the benchmark)", () => ReaderBenchmark.Read<AllColumnsVisitor>(connection, all)),
        };
        var runs = variants.Select(_ => new List<PhaseResult>()).ToArray();
        for (var run = 1; run <= options.Runs; run++)
        {
            for (var i = 0; i < variants.Length; i++)
            {
                var (result, checksum) = Phase.Measure(expected.Rows, variants[i].Read);
                if (checksum.Rows != expected.Rows)
                {
                    throw new ChecksumMismatchException($"the breakdown '{variants[i].Name}'", expected, checksum);
                }

                runs[i].Add(Report(run, $"breakdown {i + 1}", result));
            }
        }

        return variants.Select((v, i) => new BreakdownLine(v.Name, runs[i])).ToList();
    }

    private PhaseResult Report(int run, string name, PhaseResult result)
    {
        progress.WriteLine(
            $"run {run}/{options.Runs} {name,-10} {Units.Seconds(result.Elapsed),9} {Units.RowsPerSecond(result.RowsPerSecond),8} rows/s cpu {Units.Seconds(result.CpuTime),9} " +
            $"RSS +{Units.Megabytes(result.Memory.RssAdded)} GC heap +{Units.Megabytes(result.Memory.ManagedAdded)}");
        return result;
    }

    /// <summary>Collects the garbage that setup and warm-up left, so the first phase starts from a clean managed heap.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
