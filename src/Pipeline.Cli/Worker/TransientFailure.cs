using Pipeline.Core.Runs;
using Pipeline.DuckDb;

namespace Pipeline.Cli.Worker;

/// <summary>
/// Which failures are worth retrying soon rather than at the next scheduled time: another run or
/// process holding the lock or the warehouse file, and I/O errors (a full disk being cleaned, a share
/// that blinked). Bad data, failing tests and SQL errors are not: retrying gives the same answer.
/// </summary>
internal static class TransientFailure
{
    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        RunLockBusyException => true,
        IOException => true,
        DuckDBException e => e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("IO Error", StringComparison.OrdinalIgnoreCase),
        AggregateException e => e.InnerExceptions.Any(Is),
        _ => Is(exception.InnerException),
    };
}
