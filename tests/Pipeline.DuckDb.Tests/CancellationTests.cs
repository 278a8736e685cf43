using System.Diagnostics;

namespace Pipeline.DuckDb.Tests;

public sealed class CancellationTests
{
    /// <summary>A 10^12-row cross join: it never finishes by itself within a test run.</summary>
    private const string Endless = "SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b";

    /// <summary>How long an interrupted query may take to stop (generous: the machine runs other tests meanwhile).</summary>
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(5);

    /// <summary>Guards every wait, so that a broken interrupt fails the test instead of hanging the run.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_token_cancels_ExecuteScalarAsync()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(Endless, connection);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        try
        {
            var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => command.ExecuteScalarAsync(cancellation.Token).WaitAsync(Guard));

            Assert.Equal(cancellation.Token, error.CancellationToken);
            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), StopWithin);
        }
        finally
        {
            connection.Interrupt();
        }

        Assert.Equal(42, TestSql.Scalar<int>(connection, "SELECT 42"));
    }

    [Fact]
    public async Task A_token_cancels_ExecuteReaderAsync()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(Endless, connection);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            {
                // The aggregate produces no row before it ends: the interrupt lands in ExecuteReaderAsync or in Read.
                await using var reader = await command.ExecuteReaderAsync(cancellation.Token).WaitAsync(Guard);
                await reader.ReadAsync(cancellation.Token);
            });

            Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), StopWithin);
        }
        finally
        {
            connection.Interrupt();
        }

        Assert.Equal(42, TestSql.Scalar<int>(connection, "SELECT 42"));
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_runs_nothing()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(v INTEGER)");
        using var command = new DuckDBCommand("INSERT INTO t VALUES (1)", connection);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => command.ExecuteNonQueryAsync(new CancellationToken(canceled: true)));

        Assert.Equal(0L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
    }

    [Fact]
    public async Task Cancel_from_another_thread_interrupts_the_query()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(Endless, connection);
        var running = Task.Run(() => command.ExecuteScalar());
        await Task.Delay(300);
        var clock = Stopwatch.StartNew();

        // DuckDB forgets an interrupt that arrives before its query starts, so repeat it until the query stops.
        while (!running.IsCompleted && clock.Elapsed < Guard)
        {
            command.Cancel();
            await Task.WhenAny(running, Task.Delay(100));
        }

        var error = await Assert.ThrowsAsync<DuckDBException>(() => running);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, StopWithin);
        Assert.Equal(DuckDBErrorType.Interrupt, error.ErrorType);
        Assert.True(error.IsTransient);
        Assert.Contains("Interrupted", error.Message, StringComparison.Ordinal);
        Assert.Equal(42, TestSql.Scalar<int>(connection, "SELECT 42"));
    }

    [Fact]
    public void CommandTimeout_interrupts_with_a_TimeoutException_inside()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(Endless, connection) { CommandTimeout = 1 };
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<DuckDBException>(() => command.ExecuteScalar());

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1) + StopWithin);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(DuckDBErrorType.Interrupt, error.ErrorType);
        Assert.Contains("CommandTimeout of 1 s", error.Message, StringComparison.Ordinal);

        command.CommandText = "SELECT 42";
        Assert.Equal(42, command.ExecuteScalar());
    }

    [Fact]
    public void A_timeout_names_the_statement_of_a_script_that_ran_out_of_time()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(v INTEGER)");
        using var command = new DuckDBCommand($"INSERT INTO t VALUES (1); {Endless}; INSERT INTO t VALUES (2)", connection) { CommandTimeout = 1 };

        var error = Assert.Throws<DuckDBException>(() => command.ExecuteNonQuery());

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(1, error.StatementIndex);
        Assert.Equal([1], TestSql.Column<int>(connection, "SELECT v FROM t"));
    }

    [Fact]
    public async Task A_token_cancelled_between_statements_stops_the_next_one()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand($"SELECT 1; {Endless}", connection);
        using var cancellation = new CancellationTokenSource();
        await using var reader = await command.ExecuteReaderAsync(cancellation.Token);
        Assert.True(reader.Read());

        // No query runs now, so DuckDB forgets this interrupt: the provider must still stop the endless statement.
        await cancellation.CancelAsync();
        var clock = Stopwatch.StartNew();
        var next = Task.Run(reader.NextResult);
        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(Guard));
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, StopWithin);
        }
        finally
        {
            connection.Interrupt();
        }
    }

    [Fact]
    public async Task A_timeout_expiring_between_statements_stops_the_next_one()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand($"SELECT 1; {Endless}", connection) { CommandTimeout = 1 };
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var clock = Stopwatch.StartNew();
        var next = Task.Run(reader.NextResult);
        try
        {
            var error = await Assert.ThrowsAsync<DuckDBException>(() => next.WaitAsync(Guard));
            Assert.IsType<TimeoutException>(error.InnerException);
            Assert.Equal(1, error.StatementIndex);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, StopWithin);
        }
        finally
        {
            connection.Interrupt();
        }
    }

    [Fact]
    public async Task Progress_is_reported_while_a_query_runs_once_tracking_is_on()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE big AS SELECT range AS x FROM range(3000000)");
        // A scan of a table with costly work per row: DuckDB reports progress for table scans (not for range()).
        const string Slow = "SELECT sum(length(md5(md5(x::VARCHAR)))) FROM big";

        var untracked = await ObserveProgressAsync(connection, Slow);
        Assert.NotEmpty(untracked);
        Assert.All(untracked, p => Assert.False(p.IsKnown));

        connection.EnableProgressTracking();
        // On a fast, idle machine one run may end between two polls: try a few runs before concluding.
        var tracked = new List<DuckDBQueryProgress>();
        for (var attempt = 0; attempt < 10 && !tracked.Exists(p => p.IsKnown); attempt++)
        {
            tracked.AddRange(await ObserveProgressAsync(connection, Slow));
        }

        Assert.Contains(tracked, p => p.IsKnown);
        Assert.All(tracked.Where(p => p.IsKnown), p => Assert.InRange(p.Percentage, 0, 100));
    }

    /// <summary>Runs the query on a worker thread and polls its progress from this one until it ends.</summary>
    private static async Task<List<DuckDBQueryProgress>> ObserveProgressAsync(DuckDBConnection connection, string sql)
    {
        using var command = new DuckDBCommand(sql, connection);
        var observed = new List<DuckDBQueryProgress>();
        var running = Task.Run(() => command.ExecuteScalar());
        var clock = Stopwatch.StartNew();
        while (!running.IsCompleted && clock.Elapsed < Guard)
        {
            observed.Add(command.GetQueryProgress());
            await Task.Delay(2);
        }

        await running.WaitAsync(Guard);
        return observed;
    }
}
