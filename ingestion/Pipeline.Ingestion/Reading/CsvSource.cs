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
        var rows = table + "_rows";
        try
        {
            var header = shape.SplitHeader();
            var columns = "{" + string.Join(", ", header.Select((_, i) => $"'{SourceTable.ColumnName(i)}': 'VARCHAR'")) + "}";
            var delimiter = shape.Delimiter == '\t' ? "\\t" : shape.Delimiter.ToString();
            try
            {
                ReadRows(work, readable, rows, delimiter, columns, strict: true);
            }
            catch (DuckDBException e) when (e.Message.Contains("invalid state", StringComparison.OrdinalIgnoreCase))
            {
                // Mixed line endings or stray quotes: read leniently rather than refuse the whole file.
                Sql.Execute(work, $"DROP TABLE IF EXISTS {rows}; DROP TABLE IF EXISTS {rows}_rejects; DROP TABLE IF EXISTS {rows}_scan;");
                ReadRows(work, readable, rows, delimiter, columns, strict: false);
            }

            var rejected = Sql.Query(work, $"SELECT line, coalesce(trim(csv_line, E'\\r\\n'), ''), error_type FROM {rows}_rejects ORDER BY line",
                r => new RejectedLine(r.GetInt64(0), r.GetString(1), r.GetString(2)));
            Sql.Execute(work, $"DROP TABLE {rows}_rejects; DROP TABLE {rows}_scan;");
            var line = Lines(work, rows, shape, rejected);
            var totals = TotalsLine.Find(work, rows, line);
            var values = string.Join(", ", header.Select((_, i) => SourceTable.ColumnName(i)));
            Sql.Execute(work, $"""
                CREATE VIEW {table} AS
                SELECT {line} AS _line, NULL::VARCHAR AS _extra, {values}
                FROM {rows}{(totals is { } at ? $" WHERE {line} <> {at.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}
                """);
            return new SourceTable(table, header, null, rejected, totals is null ? 0 : 1) { DropStatement = $"DROP VIEW IF EXISTS {table}; DROP TABLE IF EXISTS {rows};" };
        }
        finally
        {
            if (!ReferenceEquals(readable, path))
            {
                File.Delete(readable);
            }
        }
    }

    // Rows are kept in the file's order (insertion order is preserved), so a row's rowid is its record
    // number among those kept. Numbering them in SQL (row_number) would cost more than reading the file.
    private static void ReadRows(DuckDBConnection work, string path, string rows, string delimiter, string columns, bool strict) =>
        Sql.Execute(work, $"""
            CREATE TABLE {rows} AS
            SELECT *
            FROM read_csv({Sql.Literal(path)}, delim = '{delimiter}', quote = '"', escape = '"', header = false, skip = 1,
                auto_detect = false, columns = {columns}, ignore_errors = true, store_rejects = true, strict_mode = {(strict ? "true" : "false")},
                rejects_table = '{rows}_rejects', rejects_scan = '{rows}_scan');
            """);

    /// <summary>
    /// The SQL expression giving each kept row its line in the file. Usually the record number plus the header's
    /// line; when lines were rejected, blank or broken inside quotes, a column computed from the line map.
    /// </summary>
    private static string Lines(DuckDBConnection work, string rows, TextFileShape shape, IReadOnlyList<RejectedLine> rejected)
    {
        var map = LineMap.Build(shape, rejected.Select(r => r.Line).ToList());
        if (map.Count == 0 || (map.Count == 1 && map[0].FromRow == 0))
        {
            return string.Create(CultureInfo.InvariantCulture, $"rowid + {(map.Count == 0 ? 2 : map[0].Delta)}");
        }

        Sql.Execute(work, $"""
            CREATE TABLE {rows}_map (k BIGINT, delta BIGINT);
            INSERT INTO {rows}_map VALUES {LineMap.ToValues(map)};
            CREATE TABLE {rows}_lines AS
            SELECT r.rowid + m.delta AS _line, r.* FROM {rows} r ASOF JOIN {rows}_map m ON r.rowid >= m.k ORDER BY _line;
            DROP TABLE {rows}; DROP TABLE {rows}_map;
            ALTER TABLE {rows}_lines RENAME TO {rows};
            """);
        return "_line";
    }

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
