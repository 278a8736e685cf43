using Pipeline.DuckDb;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Materialisation;

/// <summary>
/// Loads a seed CSV as a table named after the file: types inferred by DuckDB from the whole file,
/// overridden column by column by <c>config: column_types:</c>; swapped in like a model table.
/// </summary>
internal static class SeedLoader
{
    public static async Task<long> LoadAsync(DuckDBConnection connection, ModelNode seed, CancellationToken cancellationToken)
    {
        var name = SqlIdentifier.Quote(seed.Name);
        var building = SqlIdentifier.Quote(ModelMaterializer.BuildingPrefix + seed.Name);
        await using var transaction = connection.BeginTransaction();
        var existing = await Warehouse.RelationKindAsync(connection, seed.Name, cancellationToken);
        await Warehouse.ExecuteAsync(connection, $"DROP TABLE IF EXISTS {building}", cancellationToken);
        await Warehouse.ExecuteAsync(connection, $"CREATE TABLE {building} AS SELECT * FROM {ReadCsv(seed)}", cancellationToken);
        if (existing != RelationKind.None)
        {
            await Warehouse.ExecuteAsync(connection, $"DROP {(existing == RelationKind.View ? "VIEW" : "TABLE")} {name}", cancellationToken);
        }

        await Warehouse.ExecuteAsync(connection, $"ALTER TABLE {building} RENAME TO {name}", cancellationToken);
        var rows = await Warehouse.CountAsync(connection, $"SELECT count(*) FROM {name}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    /// <summary>The <c>read_csv(...)</c> call for a seed.</summary>
    public static string ReadCsv(ModelNode seed)
    {
        var options = "header = true, auto_detect = true, sample_size = -1";
        if (seed.ColumnTypes.Count > 0)
        {
            var types = string.Join(", ", seed.ColumnTypes.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{SqlIdentifier.Literal(p.Key)}: {SqlIdentifier.Literal(p.Value)}"));
            options += $", types = {{{types}}}";
        }

        return $"read_csv({SqlIdentifier.Literal(seed.FilePath)}, {options})";
    }
}
