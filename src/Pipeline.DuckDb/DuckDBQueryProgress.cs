namespace Pipeline.DuckDb;

/// <summary>
/// How far the query running on a connection has got (duckdb_query_progress). DuckDB reports -1 until
/// progress tracking is on (<see cref="DuckDBConnection.EnableProgressTracking"/>) and the query has run for a while.
/// </summary>
public readonly record struct DuckDBQueryProgress(double Percentage, ulong RowsProcessed, ulong TotalRowsToProcess)
{
    /// <summary>True when DuckDB has a figure to report.</summary>
    public bool IsKnown => Percentage >= 0;
}
