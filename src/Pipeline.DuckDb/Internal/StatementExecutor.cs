using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Internal;

/// <summary>Runs one prepared statement and returns its streaming result, which then owns the statement.</summary>
internal static unsafe class StatementExecutor
{
    public static QueryResult Execute(PreparedStatementHandle statement, ExecutionScope scope, StatementScript script, int index)
    {
        // The one use of the streaming API (deprecated in 1.x with no replacement): results are read chunk
        // by chunk instead of being materialized, which keeps memory flat for large reads.
        var state = NativeMethods.PendingPreparedStreaming(statement, out var rawPending);
        using var pending = new PendingResultHandle(rawPending);
        if (state != NativeMethods.State.Success)
        {
            var message = Utf8Text.FromOwned(NativeMethods.PendingError(pending))
                ?? Utf8Text.FromOwned(NativeMethods.PrepareError(statement))
                ?? "unknown error";
            throw scope.Failure(script.Describe(index, message), ErrorClassifier.FromMessage(message), index);
        }

        // From here on DuckDB honours duckdb_interrupt; a cancellation that came earlier was lost, so check for it.
        scope.ThrowIfInterrupted(index);
        var result = new ResultHandle();
        if (NativeMethods.ExecutePending(pending, result.Pointer) != NativeMethods.State.Success)
        {
            var message = Utf8Text.FromOwned(NativeMethods.ResultError(result.Pointer)) ?? "unknown error";
            var type = NativeMethods.ResultErrorType(result.Pointer);
            result.Dispose();
            throw scope.Failure(script.Describe(index, message), type, index);
        }

        return new QueryResult(result, statement, scope, index);
    }
}
