using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Pipeline.DuckDb.Internal;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb;

/// <summary>
/// A connection to a DuckDB database: <c>Data Source=:memory:</c> (private to the connection),
/// <c>Data Source=:memory:name</c> (shared in the process by name) or <c>Data Source=path/to/file.duckdb</c>.
/// Other keys are DuckDB settings (threads, memory_limit, temp_directory, access_mode, TimeZone...).
/// Connections to one file share one native database; each has its own native connection. Like other
/// ADO.NET connections it is not thread-safe: give each thread its own connection.
/// </summary>
public sealed class DuckDBConnection : DbConnection
{
    private string connectionString = string.Empty;
    private ConnectionSettings settings = ConnectionSettings.Parse(null);
    private DatabaseInstance? database;
    private ConnectionHandle? native;
    private ConnectionState state = ConnectionState.Closed;

    public DuckDBConnection()
    {
    }

    public DuckDBConnection(string connectionString) => ConnectionString = connectionString;

    /// <summary>The version of the loaded libduckdb, e.g. "v1.5.6".</summary>
    public static unsafe string LibraryVersion => Utf8Text.FromOwned(NativeMethods.LibraryVersion()) ?? "unknown";

    [AllowNull]
    public override string ConnectionString
    {
        get => connectionString;
        set
        {
            if (state != ConnectionState.Closed)
            {
                throw new InvalidOperationException("The connection string cannot change while the connection is open.");
            }

            settings = ConnectionSettings.Parse(value);
            connectionString = value ?? string.Empty;
        }
    }

    /// <summary>The catalog DuckDB names after the file ("memory" for in-memory databases).</summary>
    public override string Database =>
        settings.DataSource.StartsWith(ConnectionSettings.MemoryDataSource, StringComparison.Ordinal) ? "memory" : Path.GetFileNameWithoutExtension(settings.DataSource);

    public override string DataSource => settings.DataSource;

    public override string ServerVersion => LibraryVersion;

    public override ConnectionState State => state;

    /// <summary>The reader currently open on this connection, if any (DuckDB allows one streaming result per connection).</summary>
    internal DuckDBDataReader? OpenReader { get; set; }

    internal DuckDBTransaction? CurrentTransaction { get; set; }

    internal ConnectionHandle Handle => native ?? throw new InvalidOperationException("The connection is not open: call Open() first.");

    protected override DbProviderFactory DbProviderFactory => DuckDBProviderFactory.Instance;

    public override void Open()
    {
        if (state == ConnectionState.Open)
        {
            throw new InvalidOperationException("The connection is already open.");
        }

        var instance = DatabaseRegistry.Acquire(settings);
        if (NativeMethods.Connect(instance.Handle, out var raw) != NativeMethods.State.Success)
        {
            DatabaseRegistry.Release(instance);
            throw new DuckDBException($"Cannot connect to the DuckDB database '{DataSource}'.", DuckDBErrorType.Connection);
        }

        database = instance;
        native = new ConnectionHandle(raw);
        SetState(ConnectionState.Open);
    }

    public override void Close()
    {
        if (state == ConnectionState.Closed)
        {
            return;
        }

        try
        {
            OpenReader?.Close();
        }
        finally
        {
            // Disconnecting rolls back a transaction left open.
            CurrentTransaction = null;
            native?.Dispose();
            native = null;
            if (database is not null)
            {
                DatabaseRegistry.Release(database);
                database = null;
            }

            SetState(ConnectionState.Closed);
        }
    }

    public override void ChangeDatabase(string databaseName) =>
        throw new NotSupportedException("DuckDB connections cannot change database; ATTACH another file and qualify names instead.");

    public new DuckDBCommand CreateCommand() => new() { Connection = this };

    public new DuckDBTransaction BeginTransaction() => (DuckDBTransaction)BeginDbTransaction(IsolationLevel.Unspecified);

    /// <summary>Creates a bulk appender for a table (optionally schema-qualified).</summary>
    public DuckDBAppender CreateAppender(string table) => CreateAppender(null, table);

    /// <summary>Creates a bulk appender for <paramref name="schema"/>.<paramref name="table"/>.</summary>
    public DuckDBAppender CreateAppender(string? schema, string table)
    {
        EnsureIdle();
        return new DuckDBAppender(this, schema, table);
    }

    /// <summary>Interrupts the query running on this connection, from any thread.</summary>
    public void Interrupt()
    {
        var handle = native;
        if (handle is not null)
        {
            NativeMethods.Interrupt(handle);
        }
    }

    /// <summary>The progress of the query running on this connection (safe to call from another thread).</summary>
    public DuckDBQueryProgress GetQueryProgress()
    {
        var handle = native;
        if (handle is null)
        {
            return new DuckDBQueryProgress(-1, 0, 0);
        }

        var progress = NativeMethods.QueryProgress(handle);
        return new DuckDBQueryProgress(progress.Percentage, progress.RowsProcessed, progress.TotalRowsToProcess);
    }

    /// <summary>Turns on DuckDB's progress tracking for this connection, without printing, so that
    /// <see cref="GetQueryProgress"/> reports figures; it costs a little per query.</summary>
    public void EnableProgressTracking()
    {
        using var command = CreateCommand();
        command.CommandText = "SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0";
        command.ExecuteNonQuery();
    }

    /// <summary>Throws unless the connection is open and no reader is still reading from it.</summary>
    internal void EnsureIdle()
    {
        if (state != ConnectionState.Open)
        {
            throw new InvalidOperationException("The connection is not open: call Open() first.");
        }

        if (OpenReader is not null)
        {
            throw new InvalidOperationException(
                "A DuckDBDataReader is still open on this connection; close it before running another command, or use another connection.");
        }
    }

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel)
    {
        EnsureIdle();
        if (CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A transaction is already in progress on this connection; DuckDB has no nested transactions.");
        }

        // DuckDB runs every transaction under snapshot isolation, which meets or exceeds each requested level.
        CurrentTransaction = new DuckDBTransaction(this, isolationLevel == IsolationLevel.Unspecified ? IsolationLevel.Snapshot : isolationLevel);
        return CurrentTransaction;
    }

    protected override DbCommand CreateDbCommand() => CreateCommand();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    private void SetState(ConnectionState newState)
    {
        var previous = state;
        state = newState;
        OnStateChange(new StateChangeEventArgs(previous, newState));
    }
}
