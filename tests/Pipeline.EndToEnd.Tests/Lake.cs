using Dapper;
using Pipeline.DuckDb;

namespace Pipeline.EndToEnd.Tests;

/// <summary>Reads what ingestion left on disk, with DuckDB, independently of the ingestion code.</summary>
internal static class Lake
{
    public static DuckDBConnection Open() => Opened(new DuckDBConnection("Data Source=:memory:"));

    /// <summary>A read-only look at the warehouse; the file is free once ingestion has returned.</summary>
    public static DuckDBConnection Warehouse(string path) => Opened(new DuckDBConnection($"Data Source={path};access_mode=READ_ONLY"));

    public static long Count(DuckDBConnection connection, string sql, object? parameters = null) => connection.ExecuteScalar<long>(sql, parameters);

    private static DuckDBConnection Opened(DuckDBConnection connection)
    {
        connection.Open();
        return connection;
    }
}
