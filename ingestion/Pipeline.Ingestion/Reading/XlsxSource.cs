using System.Globalization;
using ExcelDataReader;
using Pipeline.Core.Text;
using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// Loads every sheet of a workbook: the header row is found below any title block (the first row with most
/// of the sheet's filled cells), dates come back as dates (Excel serial numbers with a date format) and are
/// written ISO, numbers invariant. Each sheet becomes its own source table, named after the sheet.
/// </summary>
internal static class XlsxSource
{
    public static IEnumerable<SourceTable> Load(DuckDBConnection work, string path, string tablePrefix)
    {
        _ = Windows1252.Encoding; // ExcelDataReader needs the code-page provider registered.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var sheet = 0;
        do
        {
            var table = $"{tablePrefix}_{sheet++}";
            yield return LoadSheet(work, reader, table);
        }
        while (reader.NextResult());
    }

    private static SourceTable LoadSheet(DuckDBConnection work, IExcelDataReader reader, string table)
    {
        var name = reader.Name;
        var line = 0L;
        List<string?>? header = null;
        TextTableBuilder? builder = null;
        try
        {
            while (reader.Read())
            {
                line++;
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToList();
                while (cells.Count > 0 && cells[^1] is null)
                {
                    cells.RemoveAt(cells.Count - 1);
                }

                if (header is null)
                {
                    // A title block has one or two filled cells per row; the header is the first wide row.
                    if (cells.Count(c => c is not null) >= 3)
                    {
                        header = cells;
                        builder = new TextTableBuilder(work, table, header.Count);
                    }

                    continue;
                }

                if (cells.Count == 0)
                {
                    continue;
                }

                var extra = cells.Count > header.Count ? string.Join(" | ", cells.Skip(header.Count).Where(c => c is not null)) : null;
                builder!.Add(line, cells, string.IsNullOrEmpty(extra) ? null : extra);
            }

            builder ??= new TextTableBuilder(work, table, 0);
            return new SourceTable(table, header?.Select(h => h ?? string.Empty).ToList() ?? [], name, [], 0);
        }
        finally
        {
            builder?.Dispose();
        }
    }

    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
