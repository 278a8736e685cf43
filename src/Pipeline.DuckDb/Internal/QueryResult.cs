using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Internal;

/// <summary>
/// The result of one statement: its columns and readers, and its rows fetched chunk by chunk with
/// duckdb_fetch_chunk (the result is streaming, so memory stays flat whatever the row count).
/// </summary>
internal sealed unsafe class QueryResult : IDisposable
{
    private readonly ResultHandle result;
    private readonly PreparedStatementHandle statement;
    private readonly ExecutionScope scope;
    private readonly int? statementIndex;
    private DataChunkHandle? chunk;

    /// <summary>Takes ownership of the result and of its statement, which must outlive a streaming result.</summary>
    public QueryResult(ResultHandle result, PreparedStatementHandle statement, ExecutionScope scope, int? statementIndex)
    {
        this.result = result;
        this.statement = statement;
        this.scope = scope;
        this.statementIndex = statementIndex;
        Kind = NativeMethods.ResultReturnType(*result.Pointer);
        var count = (int)NativeMethods.ColumnCount(result.Pointer);
        Names = new string[count];
        Readers = new ColumnReader[count];
        for (var i = 0; i < count; i++)
        {
            Names[i] = Utf8Text.FromOwned(NativeMethods.ColumnName(result.Pointer, (ulong)i)) ?? string.Empty;
            Readers[i] = ColumnReaderFactory.Create(ColumnTypeInfo.FromOwnedLogicalType(NativeMethods.ColumnLogicalType(result.Pointer, (ulong)i)));
        }
    }

    public ResultType Kind { get; }

    public string[] Names { get; }

    public ColumnReader[] Readers { get; }

    /// <summary>Rows in the current chunk.</summary>
    public int ChunkSize { get; private set; }

    /// <summary>Fetches the next chunk and binds every column reader to it; false at the end.</summary>
    public bool NextChunk()
    {
        chunk?.Dispose();
        chunk = null;
        ChunkSize = 0;
        while (true)
        {
            var raw = NativeMethods.FetchChunk(*result.Pointer);
            if (raw == IntPtr.Zero)
            {
                ThrowIfFailed();
                return false;
            }

            chunk = new DataChunkHandle(raw);
            ChunkSize = (int)NativeMethods.DataChunkGetSize(raw);
            if (ChunkSize == 0)
            {
                chunk.Dispose();
                chunk = null;
                continue;
            }

            for (var i = 0; i < Readers.Length; i++)
            {
                Readers[i].Bind(NativeMethods.DataChunkGetVector(raw, (ulong)i));
            }

            return true;
        }
    }

    /// <summary>
    /// The count of a CHANGED_ROWS result, read from its single row: duckdb_rows_changed assumes a
    /// materialized result and must not be used on a streaming one.
    /// </summary>
    public long ReadChangedRows()
    {
        if (Kind != ResultType.ChangedRows || Readers.Length != 1 || !NextChunk())
        {
            return 0;
        }

        return Readers[0].IsNull(0) ? 0 : Convert.ToInt64(Readers[0].GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        chunk?.Dispose();
        result.Dispose();
        statement.Dispose();
    }

    private void ThrowIfFailed()
    {
        var error = Utf8Text.FromOwned(NativeMethods.ResultError(result.Pointer));
        if (error is not null)
        {
            throw scope.Failure(error, NativeMethods.ResultErrorType(result.Pointer), statementIndex);
        }
    }
}
