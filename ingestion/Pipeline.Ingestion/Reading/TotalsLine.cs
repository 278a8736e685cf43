using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// Export tools often end a table with a totals line ("TOTAL;;;12345;…"). It is not data: when the last row
/// starts with TOTAL it is removed before validation, and counted in the report.
/// </summary>
internal static class TotalsLine
{
    public static int Remove(DuckDBConnection work, string table) => Sql.Execute(work, $"""
        DELETE FROM {table}
        WHERE _line = (SELECT max(_line) FROM {table}) AND upper(trim(c0)) IN ('TOTAL', 'TOTAUX', 'TOTAL GÉNÉRAL', 'TOTAL GENERAL')
        """);
}
