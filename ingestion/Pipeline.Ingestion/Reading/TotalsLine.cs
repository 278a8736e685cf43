using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// Export tools often end a table with a totals line ("TOTAL;;;12345;…"). It is not data: when the last row
/// starts with TOTAL, its line is returned so that the source leaves it out, and it is counted in the report.
/// </summary>
internal static class TotalsLine
{
    private static readonly string[] Labels = ["TOTAL", "TOTAUX", "TOTAL GÉNÉRAL", "TOTAL GENERAL"];

    public static long? Find(DuckDBConnection work, string rows, string line) => Sql.Scalar<long?>(work, $"""
        SELECT CASE WHEN upper(trim(arg_max(c0, {line}))) IN ({string.Join(", ", Labels.Select(Sql.Literal))}) THEN max({line}) END
        FROM {rows}
        """);

    /// <summary>Whether a last row's first value marks it as a totals line.</summary>
    public static bool IsLabel(string firstValue) => Labels.Contains(firstValue.Trim().ToUpperInvariant(), StringComparer.Ordinal);
}
