using System.Diagnostics;
using Xunit.Abstractions;

namespace Pipeline.DuckDb.Tests;

/// <summary>Runs the leak tests alone, after the parallel tests, so that no other test's memory blurs the measures.</summary>
[CollectionDefinition(nameof(ResourceLeakCollection), DisableParallelization = true)]
public sealed class ResourceLeakCollection;

/// <summary>
/// Repeats small operations many times and checks that the process's resident memory (after a full GC) and its
/// open file descriptors stay flat once warmed up. Each bound is set well below what one leaked native object
/// per operation would add, measured on libduckdb 1.5.6 by leaking on purpose through the C API: a result
/// ≈ 10 KB, a prepared statement ≈ 2.6 KB, a connection ≈ 8 KB; an appender's 2048-row data chunk is tens of
/// KB; a database instance holds file descriptors and MBs of buffers. Resident memory also moves by a few MB
/// for reasons of its own (allocator arenas, JIT, GC heaps), which the bounds leave room for.
/// </summary>
[Collection(nameof(ResourceLeakCollection))]
public sealed class ResourceLeakTests(ITestOutputHelper output)
{
    [Fact]
    public void A_hundred_thousand_queries_leave_memory_flat()
    {
        const int WarmUp = 10_000;
        const int Total = 100_000;
        // DuckDB plans every query (≈ 0.3 ms each on an idle 2-core machine, 1 ms+ on a loaded one): the measured
        // part stops early if it overruns this budget, and the bound then scales with the queries actually run.
        var budget = TimeSpan.FromSeconds(35);
        // One DuckDB thread: tiny queries gain nothing from worker threads, and the loop then runs faster on a busy machine.
        using var connection = TestSql.Open("Data Source=:memory:;threads=1");
        using var scalar = new DuckDBCommand("SELECT $x + 1", connection);
        var parameter = scalar.Parameters.AddWithValue("x", 0L);

        Run(0, WarmUp, TimeSpan.MaxValue);
        var before = Measure();
        var measured = Run(WarmUp, Total, budget) - WarmUp;
        var after = Measure();

        Report($"{measured + WarmUp} queries ({measured} measured)", before, after);
        Assert.True(measured >= 10_000, $"Only {measured} queries ran within {budget.TotalSeconds} s: too few to measure a leak.");
        // One leaked prepared statement per query adds ≈ 2.6 KB, one leaked result ≈ 10 KB: over the 90 000 measured
        // queries of a normal run, ≥ 230 MB against a 64 MB bound. A shortened run keeps the bound under 1.5 KB a query.
        var bound = Math.Min(64L << 20, measured * 1536L);
        Assert.InRange(after.Memory - before.Memory, long.MinValue, bound);
        Assert.InRange(after.Descriptors - before.Descriptors, int.MinValue, 5);

        int Run(int from, int to, TimeSpan limit)
        {
            var clock = Stopwatch.StartNew();
            for (var i = from; i < to; i++)
            {
                if (i % 1000 == 0 && clock.Elapsed > limit)
                {
                    return i;
                }

                if (i % 2 == 0)
                {
                    parameter.Value = (long)i;
                    if ((long)scalar.ExecuteScalar()! != i + 1)
                    {
                        Assert.Fail($"Query {i} returned a wrong value.");
                    }
                }
                else
                {
                    // A new command and reader each time, disposed, with a string column (allocated per chunk).
                    using var command = new DuckDBCommand("SELECT i, 'value ' || i FROM range(3) r(i)", connection);
                    using var reader = command.ExecuteReader();
                    var rows = 0;
                    while (reader.Read())
                    {
                        rows += reader.GetString(1).Length > 0 ? 1 : 0;
                    }

                    Assert.Equal(3, rows);
                }
            }

            return to;
        }
    }

    [Fact]
    public void Opening_and_closing_connections_leaves_memory_and_descriptors_flat()
    {
        using var folder = new TempFolder();
        var connectionString = folder.ConnectionString();
        using (var setup = TestSql.Open(connectionString))
        {
            TestSql.Exec(setup, "CREATE TABLE t AS SELECT range AS v FROM range(100)");
        }

        // First the whole database: every cycle opens the file and closes it (the last connection closes it).
        Cycle(20);
        var before = Measure();
        Cycle(100);
        var after = Measure();
        Report("100 database open/close", before, after);
        // A database instance left open keeps its file and WAL descriptors and MBs of buffers and catalog.
        Assert.InRange(after.Descriptors - before.Descriptors, int.MinValue, 5);
        Assert.InRange(after.Memory - before.Memory, long.MinValue, 32L << 20);

        // Then connections to a database kept open by an anchor connection.
        using var anchor = TestSql.Open(connectionString);
        Cycle(200);
        before = Measure();
        Cycle(2_000);
        after = Measure();
        Report("2000 connection open/close", before, after);
        // Each cycle also runs a query: a leaked connection (≈ 8 KB) plus its result (≈ 10 KB) would add ≈ 36 MB.
        Assert.InRange(after.Memory - before.Memory, long.MinValue, 16L << 20);
        Assert.InRange(after.Descriptors - before.Descriptors, int.MinValue, 5);

        void Cycle(int count)
        {
            for (var i = 0; i < count; i++)
            {
                using var connection = TestSql.Open(connectionString);
                Assert.Equal(4950L, TestSql.Scalar<long>(connection, "SELECT sum(v)::BIGINT FROM t"));
            }
        }
    }

    [Fact]
    public void Creating_and_closing_appenders_leaves_memory_flat()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(id BIGINT, label VARCHAR)");

        // DuckDB's allocator keeps growing for the first few hundred appenders, then stays flat.
        Append(0, 500);
        var before = Measure();
        Append(500, 1_500);
        var after = Measure();

        Report("1000 appenders", before, after);
        // A leaked appender keeps its 2048-row data chunk (a BIGINT and a VARCHAR vector: ≈ 50 KB) ⇒ ≈ 50 MB.
        Assert.InRange(after.Memory - before.Memory, long.MinValue, 16L << 20);
        Assert.Equal(15_000L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));

        void Append(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                using var appender = connection.CreateAppender("t");
                for (var row = 0; row < 10; row++)
                {
                    appender.Append((long)i).Append("a label longer than twelve bytes").EndRow();
                }
            }
        }
    }

    private static (long Memory, int Descriptors) Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return (process.WorkingSet64, Directory.GetFiles("/proc/self/fd").Length);
    }

    private void Report(string what, (long Memory, int Descriptors) before, (long Memory, int Descriptors) after) =>
        output.WriteLine(
            $"{what}: resident {before.Memory >> 20} MB -> {after.Memory >> 20} MB ({(after.Memory - before.Memory) >> 10:+#;-#;0} KB), " +
            $"descriptors {before.Descriptors} -> {after.Descriptors}");
}
