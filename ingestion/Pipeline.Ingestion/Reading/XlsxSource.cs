using Pipeline.DuckDb;
using Pipeline.Ingestion.Reading.Workbooks;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// Loads every sheet of a workbook: the header row is found below any title block (the first row with at
/// least three filled cells), dates come back as dates (Excel serial numbers with a date format) and are
/// written ISO, numbers invariant. Each sheet becomes its own source table, named after the sheet, its rows
/// numbered as Excel shows them. The workbook is read by <see cref="OpenXmlWorkbook"/>; one it cannot read
/// is read again by ExcelDataReader.
/// </summary>
internal static class XlsxSource
{
    public static List<SourceTable> Load(DuckDBConnection work, string path, string tablePrefix)
    {
        var tables = new List<SourceTable>();
        try
        {
            LoadSheets(work, OpenXmlWorkbook.Read(path), tablePrefix, tables);
        }
        catch (Exception e) when (e is not (DuckDBException or OperationCanceledException or OutOfMemoryException))
        {
            // Whatever the fast reader stumbled on, ExcelDataReader reads from scratch (and explains if it cannot).
            Sql.Execute(work, string.Concat(tables.Select(t => t.DropStatement)) + $"DROP TABLE IF EXISTS {TableName(tablePrefix, tables.Count)};");
            tables.Clear();
            LoadSheets(work, ExcelDataReaderWorkbook.Read(path), tablePrefix, tables);
        }

        return tables;
    }

    private static void LoadSheets(DuckDBConnection work, IEnumerable<Worksheet> sheets, string tablePrefix, List<SourceTable> tables)
    {
        foreach (var sheet in sheets)
        {
            tables.Add(LoadSheet(work, sheet, TableName(tablePrefix, tables.Count)));
        }
    }

    private static string TableName(string prefix, int sheet) => $"{prefix}_{sheet.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static SourceTable LoadSheet(DuckDBConnection work, Worksheet sheet, string table)
    {
        List<string?>? header = null;
        TextTableBuilder? builder = null;
        try
        {
            foreach (var (line, cells) in sheet.Rows)
            {
                if (header is null)
                {
                    // A title block has one or two filled cells per row; the header is the first wide row.
                    if (cells.Count(c => c is not null) >= 3)
                    {
                        header = [.. cells];
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
            return new SourceTable(table, header?.Select(h => h ?? string.Empty).ToList() ?? [], sheet.Name, [], 0);
        }
        finally
        {
            builder?.Dispose();
        }
    }
}
