using Pipeline.Core.Spreadsheets;
using Pipeline.Dashboards.Data;
using Pipeline.Dashboards.Pages;
using Pipeline.Dashboards.Rendering;

namespace Pipeline.Dashboards.Downloads;

/// <summary>
/// The XLSX of a table: the same columns and rows as the page, numbers as numbers (so they can be
/// computed on), a hidden cell as « c », and the source, as-of date and the meaning of « c » below.
/// </summary>
public static class TableWorkbook
{
    public static void Write(string path, TableSpec spec, QueryResult data, string sourceLine)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        var columns = ComponentHtml.Columns(spec, data);
        using var workbook = new XlsxWorkbookWriter(File.Create(path));
        using var sheet = workbook.AddSheet("Tableau");
        sheet.WriteRow([.. columns.Select(c => (object?)c.Header)], bold: true);
        foreach (var row in data.Rows)
        {
            sheet.WriteRow([.. columns.Select(c => Cell(data, row, c.Column))]);
        }

        sheet.WriteRow([]);
        sheet.WriteRow([sourceLine]);
        sheet.WriteRow([ComponentHtml.MaskedFootnote]);
    }

    private static object? Cell(QueryResult data, object?[] row, string column)
    {
        if (data.IsMasked(row, column))
        {
            return BelgianFormat.Masked;
        }

        var value = data.Value(row, column);
        return BelgianFormat.Guess(column) != ValueFormat.Texte && BelgianFormat.TryDouble(value, out var number)
            ? number
            : value is null ? null : BelgianFormat.Text(value);
    }
}
