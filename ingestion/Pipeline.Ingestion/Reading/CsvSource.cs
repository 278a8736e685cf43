using System.Globalization;
using Pipeline.Core.Text;
using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// Loads a CSV file through DuckDB's own reader (the fast path): every field as text, the delimiter sniffed,
/// Windows-1252 files transcoded to UTF-8 first, malformed lines captured with their line number instead of
/// failing the file, and each kept row given the line it came from.
/// </summary>
internal static class CsvSource
{
    public static SourceTable Load(DuckDBConnection work, string path, string table, string scratchFolder)
    {
        var shape = TextFileShape.Read(path);
        var readable = shape.IsUtf8 ? path : Transcode(path, scratchFolder);
        try
        {
            var header = shape.SplitHeader();
            var columns = "{" + string.Join(", ", header.Select((_, i) => $"'{SourceTable.ColumnName(i)}': 'VARCHAR'")) + "}";
            var delimiter = shape.Delimiter == '\t' ? "\\t" : shape.Delimiter.ToString();
            try
            {
                ReadRows(work, readable, table, delimiter, columns, strict: true);
            }
            catch (DuckDBException e) when (e.Message.Contains("invalid state", StringComparison.OrdinalIgnoreCase))
            {
                // Mixed line endings or stray quotes: read leniently rather than refuse the whole file.
                Sql.Execute(work, $"DROP TABLE IF EXISTS {table}_rows; DROP TABLE IF EXISTS {table}_rejects; DROP TABLE IF EXISTS {table}_scan;");
                ReadRows(work, readable, table, delimiter, columns, strict: false);
            }
            var rejected = Sql.Query(work, $"SELECT line, coalesce(trim(csv_line, E'\\r\\n'), ''), error_type FROM {table}_rejects ORDER BY line",
                r => new RejectedLine(r.GetInt64(0), r.GetString(1), r.GetString(2)));
            var map = LineMap.Build(shape, rejected.Select(r => r.Line).ToList());
            var selectColumns = string.Join(", ", header.Select((_, i) => "r." + SourceTable.ColumnName(i)));
            Sql.Execute(work, $"""
                CREATE TABLE {table}_map (k BIGINT, delta BIGINT);
                INSERT INTO {table}_map VALUES {LineMap.ToValues(map)};
                CREATE TABLE {table} AS
                SELECT r._k + m.delta AS _line, NULL::VARCHAR AS _extra, {selectColumns}
                FROM {table}_rows r ASOF JOIN {table}_map m ON r._k >= m.k;
                DROP TABLE {table}_rows; DROP TABLE {table}_map;
                """);
            var totals = TotalsLine.Remove(work, table);
            return new SourceTable(table, header, null, rejected, totals);
        }
        finally
        {
            if (!ReferenceEquals(readable, path))
            {
                File.Delete(readable);
            }
        }
    }

    private static void ReadRows(DuckDBConnection work, string path, string table, string delimiter, string columns, bool strict) =>
        Sql.Execute(work, $"""
            CREATE TABLE {table}_rows AS
            SELECT row_number() OVER () - 1 AS _k, *
            FROM read_csv({Sql.Literal(path)}, delim = '{delimiter}', quote = '"', escape = '"', header = false, skip = 1,
                auto_detect = false, columns = {columns}, ignore_errors = true, store_rejects = true, strict_mode = {(strict ? "true" : "false")},
                rejects_table = '{table}_rejects', rejects_scan = '{table}_scan');
            """);

    private static string Transcode(string path, string scratchFolder)
    {
        Directory.CreateDirectory(scratchFolder);
        var target = Path.Combine(scratchFolder, string.Create(CultureInfo.InvariantCulture, $"{Guid.NewGuid():N}.csv"));
        using var reader = new StreamReader(path, Windows1252.Encoding);
        using var writer = new StreamWriter(target, false, new System.Text.UTF8Encoding(false), 1 << 16);
        var buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            writer.Write(buffer, 0, read);
        }

        return target;
    }
}
