using System.Collections;
using System.Data;
using System.Data.Common;
using Pipeline.DuckDb.Internal;
using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb;

/// <summary>
/// Reads a command's result sets chunk by chunk (duckdb_fetch_chunk) straight from DuckDB's vectors, so
/// memory stays flat in the row count. Statements that return no rows are run in passing and counted in
/// <see cref="RecordsAffected"/>; closing the reader runs the statements not yet reached.
/// </summary>
public sealed partial class DuckDBDataReader : DbDataReader
{
    private readonly DuckDBConnection connection;
    private readonly ScriptRun run;
    private readonly CommandBehavior behavior;
    private QueryResult? current;
    private int row = -1;
    private bool firstChunkFetched;
    private bool anyRows;
    private bool exhausted;
    private long recordsAffected = -1;
    private bool closed;

    internal DuckDBDataReader(DuckDBConnection connection, ScriptRun run, CommandBehavior behavior)
    {
        this.connection = connection;
        this.run = run;
        this.behavior = behavior;
        connection.OpenReader = this;
        try
        {
            AdvanceToNextResultSet();
        }
        catch
        {
            Close();
            throw;
        }
    }

    public override int Depth => 0;

    public override int FieldCount => current?.Readers.Length ?? 0;

    public override bool HasRows => current is not null && (anyRows || PeekFirstChunk());

    public override bool IsClosed => closed;

    /// <summary>Rows changed by the statements run so far, or -1 when none changed rows.</summary>
    public override int RecordsAffected => recordsAffected > int.MaxValue ? int.MaxValue : (int)recordsAffected;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool NextResult()
    {
        EnsureOpen();
        return AdvanceToNextResultSet();
    }

    public override bool Read()
    {
        EnsureOpen();
        if (current is null || exhausted)
        {
            return false;
        }

        if (++row < current.ChunkSize)
        {
            return true;
        }

        firstChunkFetched = true;
        if (!FetchChunk())
        {
            exhausted = true;
            return false;
        }

        anyRows = true;
        row = 0;
        return true;
    }

    public override string GetName(int ordinal) => Result.Names[ordinal];

    public override int GetOrdinal(string name)
    {
        var names = Result.Names;
        var exact = Array.IndexOf(names, name);
        if (exact >= 0)
        {
            return exact;
        }

        var index = Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new IndexOutOfRangeException($"No column named '{name}' in the result ({string.Join(", ", names)}).");
    }

    public override string GetDataTypeName(int ordinal) => Result.Readers[ordinal].Type.Name;

    public override Type GetFieldType(int ordinal) => Result.Readers[ordinal].FieldType;

    public override bool IsDBNull(int ordinal) => Column(ordinal).IsNull(row);

    public override object GetValue(int ordinal)
    {
        var reader = Column(ordinal);
        return reader.IsNull(row) ? DBNull.Value : reader.GetValue(row);
    }

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    /// <summary>Reads a value as <typeparamref name="T"/>; for the column's own type this reads vector memory without boxing.</summary>
    public override T GetFieldValue<T>(int ordinal)
    {
        var reader = Column(ordinal);
        if (reader is ColumnReader<T> typed && !reader.IsNull(row))
        {
            return typed.Get(row);
        }

        return FieldValueConverter.Convert<T>(reader, row, Result.Names[ordinal]);
    }

    public override bool GetBoolean(int ordinal) => GetFieldValue<bool>(ordinal);

    public override byte GetByte(int ordinal) => GetFieldValue<byte>(ordinal);

    public override char GetChar(int ordinal) => GetFieldValue<string>(ordinal)[0];

    public override DateTime GetDateTime(int ordinal) => GetFieldValue<DateTime>(ordinal);

    public override decimal GetDecimal(int ordinal) => GetFieldValue<decimal>(ordinal);

    public override double GetDouble(int ordinal) => GetFieldValue<double>(ordinal);

    public override float GetFloat(int ordinal) => GetFieldValue<float>(ordinal);

    public override Guid GetGuid(int ordinal) => GetFieldValue<Guid>(ordinal);

    public override short GetInt16(int ordinal) => GetFieldValue<short>(ordinal);

    public override int GetInt32(int ordinal) => GetFieldValue<int>(ordinal);

    public override long GetInt64(int ordinal) => GetFieldValue<long>(ordinal);

    /// <summary>The string value; for a DECIMAL column, its exact text whatever its width.</summary>
    public override string GetString(int ordinal) => GetFieldValue<string>(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        var bytes = Column(ordinal) is BlobColumnReader blob ? blob.GetSpan(row) : GetFieldValue<byte[]>(ordinal);
        return CopyOut(bytes, dataOffset, buffer, bufferOffset, length);
    }

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        CopyOut(GetString(ordinal).AsSpan(), dataOffset, buffer, bufferOffset, length);

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        try
        {
            current?.Dispose();
            current = null;
            AddAffected(run.ExecuteRemaining());
        }
        finally
        {
            run.Dispose();
            connection.OpenReader = null;
            if (behavior.HasFlag(CommandBehavior.CloseConnection))
            {
                connection.Close();
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    private QueryResult Result => current ?? throw new InvalidOperationException("The reader has no current result set.");

    private ColumnReader Column(int ordinal)
    {
        var result = Result;
        if (row < 0 || row >= result.ChunkSize)
        {
            throw new InvalidOperationException("No current row: call Read() and check that it returned true.");
        }

        return result.Readers[ordinal];
    }

    private bool AdvanceToNextResultSet()
    {
        current?.Dispose();
        current = null;
        while (run.HasMore)
        {
            var result = run.ExecuteNext();
            if (result.Kind == ResultType.QueryResult)
            {
                current = result;
                row = -1;
                firstChunkFetched = false;
                anyRows = false;
                exhausted = false;
                return true;
            }

            using (result)
            {
                AddAffected(result.ReadChangedRows());
            }
        }

        return false;
    }

    /// <summary>Fetches the first chunk ahead of Read, to answer HasRows.</summary>
    private bool PeekFirstChunk()
    {
        if (!firstChunkFetched && current is not null)
        {
            firstChunkFetched = true;
            exhausted = !FetchChunk();
            anyRows = !exhausted;
        }

        return !exhausted;
    }

    /// <summary>Fetches the next chunk; a failure while streaming stops the statements after this one.</summary>
    private bool FetchChunk()
    {
        try
        {
            return current!.NextChunk();
        }
        catch
        {
            run.Abort();
            throw;
        }
    }

    private void AddAffected(long changed)
    {
        if (changed > 0 || recordsAffected < 0)
        {
            recordsAffected = Math.Max(recordsAffected, 0) + changed;
        }
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(closed, this);

    private static long CopyOut<TItem>(ReadOnlySpan<TItem> source, long dataOffset, TItem[]? buffer, int bufferOffset, int length)
    {
        if (buffer is null)
        {
            return source.Length;
        }

        var available = Math.Max(0, source.Length - (int)dataOffset);
        var count = Math.Min(available, length);
        source.Slice((int)dataOffset, count).CopyTo(buffer.AsSpan(bufferOffset));
        return count;
    }
}
