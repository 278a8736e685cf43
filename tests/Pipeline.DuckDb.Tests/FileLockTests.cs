namespace Pipeline.DuckDb.Tests;

/// <summary>
/// DuckDB lets one process hold a database file. These tests use a real second process
/// (tests/Pipeline.DuckDb.LockHolder) in both directions, and always end it.
/// </summary>
public sealed class FileLockTests
{
    [Fact]
    public async Task Opening_a_file_another_process_holds_fails_naming_its_pid()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("held.duckdb");
        using var holder = LockHolderProcess.Start(path);
        Assert.Equal("ready", await holder.FirstLineAsync());
        using var connection = new DuckDBConnection(folder.ConnectionString("held.duckdb"));

        var error = Assert.Throws<DuckDBException>(connection.Open);

        Assert.Equal(DuckDBErrorType.IO, error.ErrorType);
        Assert.True(error.IsTransient);
        Assert.Contains($"(PID {holder.Id}", error.Message, StringComparison.Ordinal);
        Assert.Contains("another process holds its lock", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);

        // Once the holder lets go, the same connection opens and sees what the holder wrote.
        var (exitCode, stderr) = await holder.ReleaseAndWaitAsync();
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, stderr);
        connection.Open();
        Assert.Equal((long)holder.Id, TestSql.Scalar<long>(connection, "SELECT pid FROM holder_marker"));
    }

    [Fact]
    public async Task Another_process_cannot_open_a_file_this_process_holds()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("ours.duckdb");
        using var connection = TestSql.Open(folder.ConnectionString("ours.duckdb"));
        TestSql.Exec(connection, "CREATE TABLE t AS SELECT 1 AS v");
        using var holder = LockHolderProcess.Start(path);

        Assert.Null(await holder.FirstLineAsync());
        var (exitCode, stderr) = await holder.ReleaseAndWaitAsync();

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error (IO): ", stderr, StringComparison.Ordinal);
        Assert.Contains($"(PID {Environment.ProcessId}", stderr, StringComparison.Ordinal);
        Assert.Contains("lock", stderr, StringComparison.Ordinal);
        // Our connection is unaffected.
        Assert.Equal(1, TestSql.Scalar<int>(connection, "SELECT v FROM t"));
    }

    [Fact]
    public async Task Read_only_access_is_refused_too_while_another_process_writes()
    {
        using var folder = new TempFolder();
        using var holder = LockHolderProcess.Start(folder.PathOf("held.duckdb"));
        Assert.Equal("ready", await holder.FirstLineAsync());
        using var connection = new DuckDBConnection(folder.ConnectionString("held.duckdb", "access_mode=READ_ONLY"));

        var error = Assert.Throws<DuckDBException>(connection.Open);

        Assert.Equal(DuckDBErrorType.IO, error.ErrorType);
        Assert.Contains($"(PID {holder.Id}", error.Message, StringComparison.Ordinal);
    }
}
