using Pipeline.DuckDb;
using Pipeline.Transforms.Discovery;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Materialisation;

/// <summary>
/// Makes each lake dataset readable as <c>raw.&lt;dataset&gt;</c>: a view over
/// <c>lake/raw/&lt;dataset&gt;/**/*.parquet</c> with Hive partitions as columns. Refreshed at the start of
/// every run. A dataset without files yet gets no view (models reading it report that clearly), a
/// dataset whose files cannot be read is reported without stopping the others, and views of datasets
/// that disappeared are dropped.
/// </summary>
internal static class RawSourceViews
{
    /// <summary>Creates or replaces the views; returns the datasets now readable and, for the others that exist, why not.</summary>
    public static async Task<RawSources> RefreshAsync(DuckDBConnection connection, string rawPath, CancellationToken cancellationToken)
    {
        var schema = SqlIdentifier.Quote(SourceCatalog.RawSchema);
        await Warehouse.ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {schema}", cancellationToken);
        var readable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var broken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var datasets = LakeDatasets.Find(rawPath);
        foreach (var dataset in datasets)
        {
            var files = Path.Combine(rawPath, dataset, LakeDatasets.FilePattern);
            try
            {
                await Warehouse.ExecuteAsync(connection,
                    $"CREATE OR REPLACE VIEW {schema}.{SqlIdentifier.Quote(dataset)} AS SELECT * FROM read_parquet("
                    + $"{SqlIdentifier.Literal(files)}, hive_partitioning = true, union_by_name = true)",
                    cancellationToken);
                readable.Add(dataset);
            }
            catch (DuckDBException e) when (e.ErrorType != DuckDBErrorType.Interrupt)
            {
                broken[dataset] = e.Message;
                await Warehouse.ExecuteAsync(connection, $"DROP VIEW IF EXISTS {schema}.{SqlIdentifier.Quote(dataset)}", cancellationToken);
            }
        }

        var views = await Warehouse.StringsAsync(connection,
            $"SELECT view_name FROM duckdb_views() WHERE schema_name = {SqlIdentifier.Literal(SourceCatalog.RawSchema)} AND NOT internal",
            cancellationToken);
        foreach (var stale in views.Where(v => !datasets.Contains(v, StringComparer.OrdinalIgnoreCase)))
        {
            await Warehouse.ExecuteAsync(connection, $"DROP VIEW IF EXISTS {schema}.{SqlIdentifier.Quote(stale)}", cancellationToken);
        }

        return new RawSources(readable, broken);
    }
}
