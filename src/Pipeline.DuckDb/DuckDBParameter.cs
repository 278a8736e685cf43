using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Pipeline.DuckDb;

/// <summary>
/// A command parameter. Named parameters are written <c>$name</c> in SQL and may be given here as "name",
/// "$name", "@name" or ":name"; unnamed ones bind to <c>?</c> and <c>$1</c> by position.
/// </summary>
public sealed class DuckDBParameter : DbParameter
{
    private string parameterName = string.Empty;

    public DuckDBParameter()
    {
    }

    /// <summary>A positional parameter.</summary>
    public DuckDBParameter(object? value) => Value = value;

    /// <summary>A named parameter.</summary>
    public DuckDBParameter(string name, object? value)
    {
        ParameterName = name;
        Value = value;
    }

    /// <summary>The DbType; only an explicit DbType.Date changes binding (a DateTime then becomes a DATE).</summary>
    public override DbType DbType
    {
        get => ExplicitDbType ?? DbType.Object;
        set => ExplicitDbType = value;
    }

    /// <summary>The DbType when it was set explicitly.</summary>
    internal DbType? ExplicitDbType { get; private set; }

    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input)
            {
                throw new NotSupportedException("DuckDB supports input parameters only.");
            }
        }
    }

    public override bool IsNullable { get; set; }

    [AllowNull]
    public override string ParameterName
    {
        get => parameterName;
        set => parameterName = value ?? string.Empty;
    }

    /// <summary>The name without its $, @ or : prefix, as DuckDB reports it.</summary>
    internal string NormalizedName => parameterName.TrimStart('$', '@', ':');

    [AllowNull]
    public override string SourceColumn { get; set; } = string.Empty;

    public override object? Value { get; set; }

    public override bool SourceColumnNullMapping { get; set; }

    public override int Size { get; set; }

    public override void ResetDbType() => ExplicitDbType = null;
}
