using System.Data;

namespace Pipeline.DuckDb.Tests;

public sealed class ConnectionTests
{
    [Fact]
    public void Memory_database_is_private_to_its_connection()
    {
        using var first = TestSql.OpenMemory();
        using var second = TestSql.OpenMemory();
        TestSql.Exec(first, "CREATE TABLE t AS SELECT 42 AS v");

        Assert.Equal(42, TestSql.Scalar<int>(first, "SELECT v FROM t"));
        var error = Assert.Throws<DuckDBException>(() => TestSql.Scalar<int>(second, "SELECT v FROM t"));
        Assert.Equal(DuckDBErrorType.Catalog, error.ErrorType);
        Assert.Contains("Table with name t does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_memory_database_is_shared_by_name_until_its_last_connection_closes()
    {
        var name = ":memory:shared_" + Guid.NewGuid().ToString("N");
        using (var first = TestSql.Open($"Data Source={name}"))
        using (var second = TestSql.Open($"Data Source={name}"))
        using (var other = TestSql.Open($"Data Source={name}_other"))
        {
            TestSql.Exec(first, "CREATE TABLE t AS SELECT 42 AS v");
            Assert.Equal(42, TestSql.Scalar<int>(second, "SELECT v FROM t"));
            TestSql.Exec(second, "INSERT INTO t VALUES (43)");
            Assert.Equal(2L, TestSql.Scalar<long>(first, "SELECT count(*) FROM t"));
            Assert.Equal(DuckDBErrorType.Catalog, Assert.Throws<DuckDBException>(() => TestSql.Exec(other, "SELECT * FROM t")).ErrorType);
        }

        // The registry closes the native database with its last connection: the name starts afresh.
        using var later = TestSql.Open($"Data Source={name}");
        Assert.Equal(DuckDBErrorType.Catalog, Assert.Throws<DuckDBException>(() => TestSql.Exec(later, "SELECT * FROM t")).ErrorType);
        // It lived in memory: nothing was written to a file named after it.
        Assert.Equal("memory", TestSql.Scalar<string>(later, "SELECT current_database()"));
        Assert.Equal("memory", later.Database);
        Assert.False(File.Exists(name), $"A file '{Path.GetFullPath(name)}' was created for an in-memory database.");
    }

    [Fact]
    public async Task Two_connections_to_one_file_share_data_and_the_file_is_released_after_both_close()
    {
        using var folder = new TempFolder();
        using var first = TestSql.Open(folder.ConnectionString());
        using var second = TestSql.Open(folder.ConnectionString());
        TestSql.Exec(first, "CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1), (2)");
        Assert.Equal(2L, TestSql.Scalar<long>(second, "SELECT count(*) FROM t"));
        TestSql.Exec(second, "INSERT INTO t VALUES (3)");
        Assert.Equal(6L, TestSql.Scalar<long>(first, "SELECT sum(v)::BIGINT FROM t"));

        // One connection closed: the shared native database still holds the file.
        first.Dispose();
        using (var holder = LockHolderProcess.Start(folder.PathOf("test.duckdb")))
        {
            Assert.Null(await holder.FirstLineAsync());
            var (exitCode, error) = await holder.ReleaseAndWaitAsync();
            Assert.Equal(1, exitCode);
            Assert.Contains($"PID {Environment.ProcessId}", error, StringComparison.Ordinal);
        }

        // Both closed: another process can open the file and sees the data.
        second.Dispose();
        using (var holder = LockHolderProcess.Start(folder.PathOf("test.duckdb")))
        {
            Assert.Equal("ready", await holder.FirstLineAsync());
            var (exitCode, error) = await holder.ReleaseAndWaitAsync();
            Assert.Equal(0, exitCode);
            Assert.Equal(string.Empty, error);
        }

        using var reopened = TestSql.Open(folder.ConnectionString());
        Assert.Equal(6L, TestSql.Scalar<long>(reopened, "SELECT sum(v)::BIGINT FROM t"));
        Assert.Equal(1L, TestSql.Scalar<long>(reopened, "SELECT count(*) FROM holder_marker"));
    }

    [Fact]
    public void Connection_string_keys_are_duckdb_settings()
    {
        using var connection = TestSql.Open("Data Source=:memory:;threads=1;memory_limit=256MB;TimeZone=America/New_York");

        Assert.Equal(1L, TestSql.Scalar<long>(connection, "SELECT current_setting('threads')"));
        // DuckDB reads 256MB as 256 000 000 bytes and reports it in MiB.
        Assert.Equal("244.1 MiB", TestSql.Scalar<string>(connection, "SELECT current_setting('memory_limit')"));
        Assert.Equal("America/New_York", TestSql.Scalar<string>(connection, "SELECT current_setting('TimeZone')"));
        Assert.Equal(
            "2024-01-15 07:00:00-05",
            TestSql.Scalar<string>(connection, "SELECT (TIMESTAMPTZ '2024-01-15 12:00:00+00')::VARCHAR"));
    }

    [Fact]
    public void Settings_apply_to_every_connection_of_a_shared_file()
    {
        using var folder = new TempFolder();
        var connectionString = folder.ConnectionString(settings: "threads=1;TimeZone=Europe/Brussels");
        using var first = TestSql.Open(connectionString);
        using var second = TestSql.Open(connectionString);

        Assert.Equal(1L, TestSql.Scalar<long>(second, "SELECT current_setting('threads')"));
        Assert.Equal("Europe/Brussels", TestSql.Scalar<string>(second, "SELECT current_setting('TimeZone')"));
    }

    [Theory]
    [InlineData("bogus_key=1", "bogus_key")]
    [InlineData("threads=many", "threads=many")]
    [InlineData("TimeZone=Nowhere/Special", "Nowhere/Special")]
    public void An_unknown_or_invalid_setting_is_an_argument_exception_naming_it(string setting, string named)
    {
        using var folder = new TempFolder();
        using var connection = new DuckDBConnection(folder.ConnectionString(settings: setting));

        var error = Assert.Throws<ArgumentException>(connection.Open);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("connection string", error.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.Closed, connection.State);
        // The failed open left nothing registered: the file opens with valid settings.
        using var valid = TestSql.Open(folder.ConnectionString(settings: "threads=2"));
        Assert.Equal(2L, TestSql.Scalar<long>(valid, "SELECT current_setting('threads')"));
    }

    [Fact]
    public void Opening_an_open_file_with_other_settings_fails_clearly()
    {
        using var folder = new TempFolder();
        using var first = TestSql.Open(folder.ConnectionString(settings: "threads=1"));
        using var second = new DuckDBConnection(folder.ConnectionString(settings: "threads=2"));

        var error = Assert.Throws<InvalidOperationException>(second.Open);

        Assert.Contains("already open in this process with other settings", error.Message, StringComparison.Ordinal);
        Assert.Contains("THREADS=1", error.Message, StringComparison.Ordinal);
        Assert.Contains("THREADS=2", error.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.Closed, second.State);

        first.Close();
        second.Open();
        Assert.Equal(2L, TestSql.Scalar<long>(second, "SELECT current_setting('threads')"));
    }

    [Fact]
    public void Extensions_are_never_installed_automatically()
    {
        using var connection = TestSql.OpenMemory();

        Assert.False(TestSql.Scalar<bool>(connection, "SELECT current_setting('autoinstall_known_extensions')"));
        // Parquet, JSON and ICU are statically linked, so they work without any download.
        Assert.Equal(3L, TestSql.Scalar<long>(connection, "SELECT json_array_length('[1,2,3]')::BIGINT"));
    }

    [Fact]
    public void Opening_twice_and_using_a_closed_connection_throw()
    {
        using var connection = TestSql.OpenMemory();
        Assert.Contains("already open", Assert.Throws<InvalidOperationException>(connection.Open).Message, StringComparison.Ordinal);

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        connection.Close();
        Assert.Contains("not open", Assert.Throws<InvalidOperationException>(() => command.ExecuteScalar()).Message, StringComparison.Ordinal);
        Assert.Contains("not open", Assert.Throws<InvalidOperationException>(connection.BeginTransaction).Message, StringComparison.Ordinal);
        Assert.Contains("not open", Assert.Throws<InvalidOperationException>(() => connection.CreateAppender("t")).Message, StringComparison.Ordinal);

        using var orphan = new DuckDBCommand("SELECT 1");
        Assert.Contains("no Connection", Assert.Throws<InvalidOperationException>(() => orphan.ExecuteScalar()).Message, StringComparison.Ordinal);

        connection.Open();
        Assert.Equal(1, TestSql.Scalar<int>(connection, "SELECT 1"));
    }

    [Fact]
    public void Connection_string_cannot_change_while_open()
    {
        using var connection = TestSql.OpenMemory();
        Assert.Throws<InvalidOperationException>(() => connection.ConnectionString = "Data Source=:memory:x");
        connection.Close();
        connection.ConnectionString = "Data Source=:memory:x";
        Assert.Equal(":memory:x", connection.DataSource);
    }

    [Fact]
    public void State_changes_raise_events()
    {
        var changes = new List<(ConnectionState From, ConnectionState To)>();
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.StateChange += (_, e) => changes.Add((e.OriginalState, e.CurrentState));

        connection.Open();
        connection.Close();
        connection.Close();
        connection.Open();
        connection.Dispose();

        Assert.Equal(
            [
                (ConnectionState.Closed, ConnectionState.Open),
                (ConnectionState.Open, ConnectionState.Closed),
                (ConnectionState.Closed, ConnectionState.Open),
                (ConnectionState.Open, ConnectionState.Closed),
            ],
            changes);
        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    [Fact]
    public void Server_version_is_the_loaded_duckdb_1_5()
    {
        using var connection = TestSql.OpenMemory();

        Assert.StartsWith("v1.5", connection.ServerVersion, StringComparison.Ordinal);
        Assert.Equal(TestSql.Scalar<string>(connection, "SELECT version()"), connection.ServerVersion);
    }

    [Fact]
    public void Database_and_data_source_describe_the_file()
    {
        using var folder = new TempFolder();
        using var connection = TestSql.Open(folder.ConnectionString("warehouse.duckdb"));

        Assert.Equal(folder.PathOf("warehouse.duckdb"), connection.DataSource);
        Assert.Equal("warehouse", connection.Database);
        Assert.Equal("warehouse", TestSql.Scalar<string>(connection, "SELECT current_database()"));
    }

    [Fact]
    public void Closing_a_connection_closes_its_open_reader()
    {
        using var connection = TestSql.OpenMemory();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM range(10000)";
        var reader = command.ExecuteReader();
        Assert.True(reader.Read());

        connection.Close();

        Assert.True(reader.IsClosed);
        connection.Open();
        Assert.Equal(10000L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM range(10000)"));
    }
}
