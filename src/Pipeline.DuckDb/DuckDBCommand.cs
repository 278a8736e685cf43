using System.ComponentModel;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Pipeline.DuckDb.Internal;

namespace Pipeline.DuckDb;

/// <summary>
/// A SQL command. The text may hold several statements: each is prepared and run in turn, and a reader
/// walks their result sets with NextResult. Parameters are <c>$name</c>, <c>$1</c> or <c>?</c>.
/// </summary>
public sealed class DuckDBCommand : DbCommand
{
    private DuckDBConnection? connection;
    private string commandText = string.Empty;

    public DuckDBCommand()
    {
    }

    public DuckDBCommand(string commandText, DuckDBConnection? connection = null)
    {
        CommandText = commandText;
        Connection = connection;
    }

    [AllowNull]
    public override string CommandText
    {
        get => commandText;
        set => commandText = value ?? string.Empty;
    }

    /// <summary>Seconds before the running query is interrupted; 0 (the default) waits for ever, as transforms may run long.</summary>
    public override int CommandTimeout { get; set; }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new NotSupportedException("DuckDB commands are SQL text only.");
            }
        }
    }

    [DefaultValue(true)]
    [DesignerSerializationVisibility(DesignerSerializationVisibility.Hidden)]
    public override bool DesignTimeVisible { get; set; } = true;

    public override UpdateRowSource UpdatedRowSource { get; set; }

    public new DuckDBConnection? Connection
    {
        get => connection;
        set => connection = value;
    }

    public new DuckDBParameterCollection Parameters { get; } = new();

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => connection = (DuckDBConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => Parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    /// <summary>Interrupts this command's query (duckdb_interrupt); it then fails with an INTERRUPT error.</summary>
    public override void Cancel() => connection?.Interrupt();

    /// <summary>The progress of this command's running query (call from another thread).</summary>
    public DuckDBQueryProgress GetQueryProgress() => connection?.GetQueryProgress() ?? new DuckDBQueryProgress(-1, 0, 0);

    public override int ExecuteNonQuery() => ExecuteNonQuery(CancellationToken.None);

    public override object? ExecuteScalar() => ExecuteScalar(CancellationToken.None);

    public new DuckDBDataReader ExecuteReader() => ExecuteReader(CommandBehavior.Default);

    public new DuckDBDataReader ExecuteReader(CommandBehavior behavior) => ExecuteReader(behavior, CancellationToken.None);

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        Task.Run(() => ExecuteNonQuery(cancellationToken), cancellationToken);

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) =>
        Task.Run(() => ExecuteScalar(cancellationToken), cancellationToken);

    public new Task<DuckDBDataReader> ExecuteReaderAsync(CancellationToken cancellationToken = default) =>
        ExecuteReaderAsync(CommandBehavior.Default, cancellationToken);

    public new Task<DuckDBDataReader> ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken = default) =>
        Task.Run(() => ExecuteReader(behavior, cancellationToken), cancellationToken);

    /// <summary>Checks that the text parses; statements are always prepared, bound and executed one by one.</summary>
    public override void Prepare()
    {
        var open = RequireConnection();
        open.EnsureIdle();
        StatementScript.Parse(open.Handle, CommandText).Dispose();
    }

    protected override DbParameter CreateDbParameter() => new DuckDBParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => ExecuteReader(behavior);

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        await ExecuteReaderAsync(behavior, cancellationToken);

    private int ExecuteNonQuery(CancellationToken cancellationToken)
    {
        using var run = Start(cancellationToken);
        var changed = run.ExecuteRemaining();
        return changed > int.MaxValue ? int.MaxValue : (int)changed;
    }

    private object? ExecuteScalar(CancellationToken cancellationToken)
    {
        using var reader = ExecuteReader(CommandBehavior.Default, cancellationToken);
        return reader.Read() && reader.FieldCount > 0 ? reader.GetValue(0) : null;
    }

    private DuckDBDataReader ExecuteReader(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        var run = Start(cancellationToken);
        try
        {
            return new DuckDBDataReader(RequireConnection(), run, behavior);
        }
        catch
        {
            run.Dispose();
            throw;
        }
    }

    private ScriptRun Start(CancellationToken cancellationToken)
    {
        var open = RequireConnection();
        open.EnsureIdle();
        ParameterHints.ThrowIfAtNamesMeantParameters(CommandText, Parameters);
        var scope = new ExecutionScope(open.Handle, CommandTimeout, cancellationToken);
        try
        {
            return new ScriptRun(StatementScript.Parse(open.Handle, CommandText), Parameters, CommandText, scope);
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    private DuckDBConnection RequireConnection() =>
        connection ?? throw new InvalidOperationException("The command has no Connection.");
}
