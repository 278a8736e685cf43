using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;
using Pipeline.DuckDb.Writing;

namespace Pipeline.DuckDb;

/// <summary>
/// Bulk load into a table through DuckDB's appender in data-chunk mode: values go straight into a
/// 2048-row chunk, which is handed to DuckDB when full. Append every column of a row in table order, then
/// <see cref="EndRow"/>. Constraint violations surface at <see cref="Flush"/> or <see cref="Close"/>
/// (and so at Dispose) as a <see cref="DuckDBException"/>.
/// </summary>
public sealed unsafe partial class DuckDBAppender : IDisposable
{
    private readonly AppenderHandle handle;
    private readonly DataChunkHandle chunk;
    private readonly ColumnWriter[] writers;
    private readonly int capacity;
    private readonly string table;
    private int row;
    private int column;
    private bool closed;

    internal DuckDBAppender(DuckDBConnection connection, string? schema, string table)
    {
        this.table = schema is null ? table : $"{schema}.{table}";
        var names = ColumnNames(connection, schema, table);
        var state = NativeMethods.AppenderCreate(connection.Handle, schema, table, out var raw);
        handle = new AppenderHandle(raw);
        if (state != NativeMethods.State.Success)
        {
            var error = ReadError();
            handle.Dispose();
            throw new DuckDBException($"Cannot append to table '{this.table}': {error.Message}", error.Type);
        }

        var count = (int)NativeMethods.AppenderColumnCount(handle);
        var types = new LogicalTypeHandle[count];
        try
        {
            var rawTypes = stackalloc IntPtr[count];
            writers = new ColumnWriter[count];
            for (var i = 0; i < count; i++)
            {
                types[i] = new LogicalTypeHandle(NativeMethods.AppenderColumnType(handle, (ulong)i));
                rawTypes[i] = types[i].DangerousGetHandle();
                var name = i < names.Count ? names[i] : $"#{i + 1}";
                writers[i] = ColumnWriterFactory.Create(ColumnTypeInfo.FromLogicalType(rawTypes[i]), name);
            }

            chunk = new DataChunkHandle(NativeMethods.CreateDataChunk(rawTypes, (ulong)count));
        }
        finally
        {
            foreach (var type in types)
            {
                type?.Dispose();
            }
        }

        capacity = (int)NativeMethods.VectorSize();
        BindWriters();
    }

    /// <summary>Columns of the target table; each row takes exactly this many values.</summary>
    public int ColumnCount => writers.Length;

    /// <summary>Rows completed with <see cref="EndRow"/> so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>Completes the current row; the chunk goes to DuckDB when full.</summary>
    public void EndRow()
    {
        if (column != writers.Length)
        {
            throw new InvalidOperationException(
                $"Row {RowCount + 1} for '{table}' has {column} value(s) but the table has {writers.Length} column(s).");
        }

        column = 0;
        RowCount++;
        if (++row == capacity)
        {
            AppendChunk();
        }
    }

    /// <summary>Hands the pending rows to DuckDB and flushes them into the table.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        AppendChunk();
        if (NativeMethods.AppenderFlush(handle) != NativeMethods.State.Success)
        {
            throw Failure();
        }
    }

    /// <summary>Flushes the pending rows and closes the appender; errors (e.g. a constraint) surface here.</summary>
    public void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        try
        {
            if (column != 0)
            {
                throw new InvalidOperationException($"The last row for '{table}' was not completed with EndRow().");
            }

            AppendChunk();
            if (NativeMethods.AppenderClose(handle) != NativeMethods.State.Success)
            {
                throw Failure();
            }
        }
        finally
        {
            chunk.Dispose();
            handle.Dispose();
        }
    }

    /// <summary>
    /// Closes like <see cref="Close"/> (completed rows are flushed, constraint errors surface), except that an
    /// unfinished row is dropped instead of reported: in a using block it is the mark of an exception thrown mid-row
    /// (e.g. a type mismatch), which Dispose must not hide.
    /// </summary>
    public void Dispose()
    {
        column = 0;
        Close();
    }

    private ColumnWriter Next()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        if (column >= writers.Length)
        {
            throw new InvalidOperationException(
                $"Row {RowCount + 1} for '{table}' already has its {writers.Length} value(s): call EndRow() before appending more.");
        }

        return writers[column];
    }

    private DuckDBAppender Advance()
    {
        column++;
        return this;
    }

    private void AppendChunk()
    {
        if (row == 0)
        {
            return;
        }

        NativeMethods.DataChunkSetSize(chunk, (ulong)row);
        var state = NativeMethods.AppendDataChunk(handle, chunk);
        NativeMethods.DataChunkReset(chunk);
        row = 0;
        BindWriters();
        if (state != NativeMethods.State.Success)
        {
            throw Failure();
        }
    }

    private void BindWriters()
    {
        var raw = chunk.DangerousGetHandle();
        for (var i = 0; i < writers.Length; i++)
        {
            writers[i].Bind(NativeMethods.DataChunkGetVector(raw, (ulong)i));
        }
    }

    private DuckDBException Failure()
    {
        var error = ReadError();
        return new DuckDBException($"Appending to '{table}' failed: {error.Message}", error.Type);
    }

    private (string Message, DuckDBErrorType Type) ReadError()
    {
        using var error = new ErrorDataHandle(NativeMethods.AppenderErrorData(handle));
        var raw = error.DangerousGetHandle();
        if (raw == IntPtr.Zero || !NativeMethods.ErrorDataHasError(raw))
        {
            return ("unknown error", DuckDBErrorType.Invalid);
        }

        return (Utf8Text.FromOwned(NativeMethods.ErrorDataMessage(raw)) ?? "unknown error", NativeMethods.ErrorDataErrorType(raw));
    }

    /// <summary>The table's column names, for error messages that name the column.</summary>
    private static List<string> ColumnNames(DuckDBConnection connection, string? schema, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT column_name FROM duckdb_columns() WHERE table_name = $table AND ($schema IS NULL OR schema_name = $schema) " +
            "AND database_name = current_database() ORDER BY column_index";
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("schema", schema);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
