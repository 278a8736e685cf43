using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Internal;

/// <summary>
/// A command's SQL split into statements by DuckDB's own parser (duckdb_extract_statements), so that each
/// statement is prepared, bound and run on its own: every result set is visible, and errors name the statement.
/// </summary>
internal sealed unsafe class StatementScript : IDisposable
{
    private readonly ExtractedStatementsHandle extracted;
    private readonly ConnectionHandle connection;

    private StatementScript(ConnectionHandle connection, ExtractedStatementsHandle extracted, int count)
    {
        this.connection = connection;
        this.extracted = extracted;
        Count = count;
    }

    public int Count { get; }

    public static StatementScript Parse(ConnectionHandle connection, string sql)
    {
        var count = NativeMethods.ExtractStatements(connection, sql, out var raw);
        var extracted = new ExtractedStatementsHandle(raw);
        if (count == 0)
        {
            var error = Utf8Text.FromOwned(NativeMethods.ExtractStatementsError(extracted));
            extracted.Dispose();
            // No statement and no error: the text holds only whitespace, comments (-- or /* */) or semicolons.
            if (error is null)
            {
                throw new DuckDBException("The command text holds no SQL statement.", DuckDBErrorType.Parser);
            }

            throw new DuckDBException(ParameterHints.Explain(error ?? "The SQL could not be parsed.", sql), DuckDBErrorType.Parser);
        }

        return new StatementScript(connection, extracted, (int)count);
    }

    /// <summary>Prepares statement <paramref name="index"/>; a failure names the statement and keeps DuckDB's message.</summary>
    public PreparedStatementHandle Prepare(int index, string sql)
    {
        var state = NativeMethods.PrepareExtractedStatement(connection, extracted, (ulong)index, out var raw);
        var statement = new PreparedStatementHandle(raw);
        if (state == NativeMethods.State.Success)
        {
            return statement;
        }

        var message = Utf8Text.FromOwned(NativeMethods.PrepareError(statement)) ?? "unknown error";
        statement.Dispose();
        throw new DuckDBException(Describe(index, ParameterHints.Explain(message, sql)), ErrorClassifier.FromMessage(message), index);
    }

    /// <summary>Prefixes a message with the statement's position when the command holds several.</summary>
    public string Describe(int index, string message) => Count > 1 ? $"Statement {index + 1} of {Count}: {message}" : message;

    public void Dispose() => extracted.Dispose();
}
