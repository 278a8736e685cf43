using System.Data.Common;

namespace Pipeline.DuckDb;

/// <summary>An error reported by DuckDB, with its error class and, for scripts, the statement that failed.</summary>
public sealed class DuckDBException : DbException
{
    public DuckDBException()
    {
    }

    public DuckDBException(string message)
        : base(message)
    {
    }

    public DuckDBException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DuckDBException(string message, DuckDBErrorType errorType, int? statementIndex = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorType = errorType;
        StatementIndex = statementIndex;
    }

    /// <summary>DuckDB's class of the error.</summary>
    public DuckDBErrorType ErrorType { get; }

    /// <summary>Zero-based index of the failing statement in a multi-statement command, when known.</summary>
    public int? StatementIndex { get; }

    /// <summary>
    /// True for errors worth retrying unchanged: an I/O error (such as a file locked by another process),
    /// an interruption or an out-of-memory condition.
    /// </summary>
    public override bool IsTransient => ErrorType is DuckDBErrorType.IO or DuckDBErrorType.Interrupt or DuckDBErrorType.OutOfMemory;
}
