using Pipeline.DuckDb;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Materialisation;

/// <summary>
/// A model's Parquet export: written under a temporary name and renamed into place. HUGEINT columns
/// (what <c>sum()</c> of a BIGINT gives) are written as BIGINT, since DuckDB would write them as DOUBLE;
/// a value too large for BIGINT fails the model rather than lose precision.
/// </summary>
internal static class ParquetExport
{
    public static string FinalPath(string exportFolder, string model) => Path.Combine(exportFolder, model + ".parquet");

    /// <summary>A fresh temporary file beside the final one (same folder, so the rename is atomic).</summary>
    public static string TempPath(string exportFolder, string model)
    {
        Directory.CreateDirectory(exportFolder);
        return Path.Combine(exportFolder, $".{model}.{Guid.NewGuid():N}.parquet.tmp");
    }

    public static void Publish(string tempPath, string finalPath) => File.Move(tempPath, finalPath, overwrite: true);

    /// <summary>The columns of <paramref name="table"/> for the COPY, HUGEINTs cast to BIGINT.</summary>
    public static async Task<string> SelectListAsync(DuckDBConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = 'main' AND lower(table_name) = lower($table)
            ORDER BY ordinal_position
            """;
        command.Parameters.AddWithValue("table", table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var column = SqlIdentifier.Quote(reader.GetString(0));
            columns.Add(reader.GetString(1) is "HUGEINT" or "UHUGEINT" ? $"CAST({column} AS BIGINT) AS {column}" : column);
        }

        return columns.Count == 0 ? "*" : string.Join(", ", columns);
    }
}
