namespace Pipeline.Ingestion.Contracts;

/// <summary>A column of a data contract: its canonical name, type, rules and the other names federations use.</summary>
public sealed record ContractColumn(
    string Name,
    ColumnType Type,
    bool Required,
    string? CodeList,
    decimal? Minimum,
    decimal? Maximum,
    string? Since,
    IReadOnlyList<string> Aliases)
{
    /// <summary>Every normalised header that designates this column.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    /// <summary>The DuckDB type of the column in the lake.</summary>
    public string LakeType => Type switch
    {
        ColumnType.Integer => "BIGINT",
        ColumnType.Decimal => "DECIMAL(18,4)",
        ColumnType.Money => "DECIMAL(18,2)",
        ColumnType.Date => "DATE",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Json => "JSON",
        _ => "VARCHAR",
    };
}
