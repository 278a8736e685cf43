using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Internal;

/// <summary>
/// Ties one command execution to duckdb_interrupt: the caller's token and the command timeout both interrupt
/// the running query from another thread, and DuckDB's INTERRUPT error is turned back into what happened
/// (an <see cref="OperationCanceledException"/>, a timeout, or an explicit Cancel).
/// </summary>
internal sealed class ExecutionScope : IDisposable
{
    private readonly CancellationTokenSource? timeout;
    private readonly CancellationTokenRegistration userRegistration;
    private readonly CancellationTokenRegistration timeoutRegistration;
    private readonly int timeoutSeconds;

    public ExecutionScope(ConnectionHandle connection, int timeoutSeconds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        this.timeoutSeconds = timeoutSeconds;
        CancellationToken = cancellationToken;
        if (cancellationToken.CanBeCanceled)
        {
            userRegistration = cancellationToken.UnsafeRegister(static c => NativeMethods.Interrupt((ConnectionHandle)c!), connection);
        }

        if (timeoutSeconds > 0)
        {
            timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
            timeoutRegistration = timeout.Token.UnsafeRegister(static c => NativeMethods.Interrupt((ConnectionHandle)c!), connection);
        }
    }

    public CancellationToken CancellationToken { get; }

    /// <summary>Builds the exception for a failed native call, translating interruptions.</summary>
    public Exception Failure(string message, DuckDBErrorType type, int? statementIndex)
    {
        if (type == DuckDBErrorType.Interrupt || message.Contains("INTERRUPT", StringComparison.OrdinalIgnoreCase))
        {
            if (CancellationToken.IsCancellationRequested)
            {
                return new OperationCanceledException("The DuckDB query was cancelled.", CancellationToken);
            }

            if (timeout?.IsCancellationRequested == true)
            {
                return new DuckDBException(
                    $"The command did not finish within its CommandTimeout of {timeoutSeconds} s and was interrupted.",
                    DuckDBErrorType.Interrupt, statementIndex, new TimeoutException());
            }
        }

        return new DuckDBException(message, type, statementIndex);
    }

    /// <summary>
    /// Throws when the token or the timeout fired before DuckDB took the query: duckdb_interrupt is forgotten when
    /// it comes before the pending query exists (between statements, or while one is prepared).
    /// </summary>
    public void ThrowIfInterrupted(int? statementIndex)
    {
        if (CancellationToken.IsCancellationRequested || timeout?.IsCancellationRequested == true)
        {
            throw Failure("INTERRUPT Error: Interrupted!", DuckDBErrorType.Interrupt, statementIndex);
        }
    }

    public void Dispose()
    {
        userRegistration.Dispose();
        timeoutRegistration.Dispose();
        timeout?.Dispose();
    }
}
