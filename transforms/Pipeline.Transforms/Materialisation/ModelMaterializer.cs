using Pipeline.DuckDb;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Materialisation;

/// <summary>
/// Builds one model in its own transaction. A view is replaced in place; a table is created under a
/// temporary name, then swapped for the old one, so a failing model leaves the previous table (and
/// readers see the old or the new one, never half of either). A Parquet model is such a table, also
/// copied to <c>lake/marts/&lt;model&gt;.parquet</c> through a temporary file renamed after commit.
/// </summary>
internal static class ModelMaterializer
{
    /// <summary>Prefix of the table being built before the swap.</summary>
    public const string BuildingPrefix = "__pipeline_new_";

    /// <summary>Builds <paramref name="model"/>; returns its rows (null for a view).</summary>
    /// <exception cref="SqlFailure">The model's SQL failed (the old relation is kept).</exception>
    public static async Task<long?> BuildAsync(
        DuckDBConnection connection, ModelNode model, string exportFolder, CancellationToken cancellationToken)
    {
        var name = SqlIdentifier.Quote(model.Name);
        string? exportTemp = null;
        long? rows = null;
        try
        {
            await using (var transaction = connection.BeginTransaction())
            {
                var existing = await Warehouse.RelationKindAsync(connection, model.Name, cancellationToken);
                if (model.Materialization == Materialization.View)
                {
                    if (existing == RelationKind.Table)
                    {
                        await Warehouse.ExecuteAsync(connection, $"DROP TABLE {name}", cancellationToken);
                    }

                    await RunModelSqlAsync(connection, $"CREATE OR REPLACE VIEW {name} AS\n", model.Sql, cancellationToken);
                }
                else
                {
                    var building = SqlIdentifier.Quote(BuildingPrefix + model.Name);
                    await Warehouse.ExecuteAsync(connection, $"DROP TABLE IF EXISTS {building}", cancellationToken);
                    await RunModelSqlAsync(connection, $"CREATE TABLE {building} AS\n", model.Sql, cancellationToken);
                    if (existing != RelationKind.None)
                    {
                        await Warehouse.ExecuteAsync(connection, $"DROP {(existing == RelationKind.View ? "VIEW" : "TABLE")} {name}", cancellationToken);
                    }

                    await Warehouse.ExecuteAsync(connection, $"ALTER TABLE {building} RENAME TO {name}", cancellationToken);
                    rows = await Warehouse.CountAsync(connection, $"SELECT count(*) FROM {name}", cancellationToken);
                    if (model.Materialization == Materialization.Parquet)
                    {
                        exportTemp = ParquetExport.TempPath(exportFolder, model.Name);
                        var select = await ParquetExport.SelectListAsync(connection, model.Name, cancellationToken);
                        await Warehouse.ExecuteAsync(connection,
                            $"COPY (SELECT {select} FROM {name}) TO {SqlIdentifier.Literal(exportTemp)} (FORMAT parquet, COMPRESSION zstd)",
                            cancellationToken);
                    }
                }

                await transaction.CommitAsync(cancellationToken);
            }

            if (exportTemp is not null)
            {
                ParquetExport.Publish(exportTemp, ParquetExport.FinalPath(exportFolder, model.Name));
                exportTemp = null;
            }

            return rows;
        }
        finally
        {
            if (exportTemp is not null)
            {
                File.Delete(exportTemp);
            }
        }
    }

    private static async Task RunModelSqlAsync(DuckDBConnection connection, string prefix, string sql, CancellationToken cancellationToken)
    {
        try
        {
            await Warehouse.ExecuteAsync(connection, prefix + sql, cancellationToken);
        }
        catch (DuckDBException e) when (e.ErrorType != DuckDBErrorType.Interrupt || !cancellationToken.IsCancellationRequested)
        {
            throw new SqlFailure(e.Message, SourceText.LineBreaks(prefix), e);
        }
    }
}
