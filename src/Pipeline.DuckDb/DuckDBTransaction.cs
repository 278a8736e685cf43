using System.Data;
using System.Data.Common;

namespace Pipeline.DuckDb;

/// <summary>A DuckDB transaction (BEGIN / COMMIT / ROLLBACK), snapshot-isolated. Disposing without commit rolls back.</summary>
public sealed class DuckDBTransaction : DbTransaction
{
    private readonly DuckDBConnection connection;
    private bool completed;

    internal DuckDBTransaction(DuckDBConnection connection, IsolationLevel isolationLevel)
    {
        this.connection = connection;
        IsolationLevel = isolationLevel;
        Execute("BEGIN TRANSACTION");
    }

    public override IsolationLevel IsolationLevel { get; }

    protected override DbConnection DbConnection => connection;

    public override void Commit() => Complete("COMMIT");

    public override void Rollback() => Complete("ROLLBACK");

    protected override void Dispose(bool disposing)
    {
        if (disposing && !completed && connection.State == ConnectionState.Open && connection.CurrentTransaction == this)
        {
            Rollback();
        }

        base.Dispose(disposing);
    }

    private void Complete(string statement)
    {
        if (completed)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }

        completed = true;
        connection.CurrentTransaction = null;
        Execute(statement);
    }

    private void Execute(string statement)
    {
        using var command = connection.CreateCommand();
        command.CommandText = statement;
        command.ExecuteNonQuery();
    }
}
