using Dapper;
using Pipeline.Core;
using Pipeline.DuckDb;

namespace Pipeline.Cli.Runs;

/// <summary>How fresh a federation's data is, from the ingest manifest.</summary>
internal sealed record FederationFreshness(string Federation, DateTime? LastReceivedAt, int? LastPeriod, long CurrentTables, long Rows)
{
    /// <summary>One row per federation of <c>pipeline.yaml</c>, in declaration order; zeros when nothing arrived.</summary>
    public static async Task<IReadOnlyList<FederationFreshness>> ReadAsync(PipelineProject project, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, FederationFreshness>(StringComparer.Ordinal);
        if (File.Exists(project.WarehousePath))
        {
            await using var connection = new DuckDBConnection(project.WarehouseConnectionString);
            await connection.OpenAsync(cancellationToken);
            var exists = await connection.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ingest_manifest'", new { });
            if (exists > 0)
            {
                var rows = await connection.QueryAsync<FederationFreshness>(
                    """
                    SELECT federation AS Federation, max(received_at) AS LastReceivedAt,
                           max(period) FILTER (WHERE status = 'ingested') AS LastPeriod,
                           count(*) FILTER (WHERE status = 'ingested') AS CurrentTables,
                           coalesce(sum(rows_ok) FILTER (WHERE status = 'ingested'), 0)::BIGINT AS Rows
                    FROM ingest_manifest GROUP BY federation
                    """, new { });
                foreach (var row in rows)
                {
                    found[row.Federation] = row;
                }
            }
        }

        return project.Options.Federations
            .Select(f => found.GetValueOrDefault(f.Code) ?? new FederationFreshness(f.Code, null, null, 0, 0))
            .ToList();
    }
}
