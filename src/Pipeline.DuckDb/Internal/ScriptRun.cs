using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Internal;

/// <summary>One execution of a command's statements, run one at a time in order (lazily, for readers).</summary>
internal sealed class ScriptRun : IDisposable
{
    private readonly StatementScript script;
    private readonly DuckDBParameterCollection parameters;
    private readonly string sql;
    private int next;

    public ScriptRun(StatementScript script, DuckDBParameterCollection parameters, string sql, ExecutionScope scope)
    {
        this.script = script;
        this.parameters = parameters;
        this.sql = sql;
        Scope = scope;
    }

    public ExecutionScope Scope { get; }

    public bool HasMore => next < script.Count;

    /// <summary>Prepares, binds and runs the next statement.</summary>
    public QueryResult ExecuteNext()
    {
        var index = next++;
        PreparedStatementHandle? statement = null;
        try
        {
            statement = script.Prepare(index, sql);
            ParameterBinder.Bind(statement, parameters, script, index, sql);
            return StatementExecutor.Execute(statement, Scope, script, index);
        }
        catch
        {
            Abort();
            statement?.Dispose();
            throw;
        }
    }

    /// <summary>Stops the script at a failure: the statements after it never run.</summary>
    public void Abort() => next = script.Count;

    /// <summary>Runs every remaining statement, discarding rows, and returns the rows they changed.</summary>
    public long ExecuteRemaining()
    {
        long changed = 0;
        while (HasMore)
        {
            using var result = ExecuteNext();
            changed += result.ReadChangedRows();
        }

        return changed;
    }

    public void Dispose()
    {
        script.Dispose();
        Scope.Dispose();
    }
}
