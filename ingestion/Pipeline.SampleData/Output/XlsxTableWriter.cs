using Pipeline.Core.Spreadsheets;

namespace Pipeline.SampleData.Output;

/// <summary>
/// A dataset as worksheet rows: an optional title block, the header row, then data. A dataset longer than
/// a sheet continues on "name (2)", "name (3)"... each with its own header.
/// </summary>
internal sealed class XlsxTableWriter : ITableWriter
{
    private readonly XlsxWorkbookWriter workbook;
    private readonly TableLayout layout;
    private readonly string sheetName;
    private readonly IReadOnlyList<string>? titleBlock;
    private XlsxSheetWriter sheet;
    private int part = 1;

    public XlsxTableWriter(XlsxWorkbookWriter workbook, string sheetName, TableLayout layout, IReadOnlyList<string>? titleBlock = null)
    {
        this.workbook = workbook;
        this.layout = layout;
        this.sheetName = sheetName;
        this.titleBlock = titleBlock;
        sheet = StartSheet(sheetName);
    }

    public void WriteRow(object?[] row, bool extraField = false)
    {
        if (sheet.RowCount >= XlsxWorkbookWriter.MaxRowsPerSheet)
        {
            sheet.Dispose();
            sheet = StartSheet($"{sheetName} ({++part})");
        }

        var cells = new object?[layout.Columns.Count + (extraField ? 1 : 0)];
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            cells[i] = layout.Style.Adapt(layout.Columns[i], row[i], layout.Year);
        }

        if (extraField)
        {
            cells[^1] = "valeur en trop";
        }

        sheet.WriteRow(cells);
    }

    public void Dispose() => sheet.Dispose();

    private XlsxSheetWriter StartSheet(string name)
    {
        var started = workbook.AddSheet(name);
        foreach (var line in titleBlock ?? [])
        {
            started.WriteRow([line], bold: true);
        }

        if (titleBlock is { Count: > 0 })
        {
            started.WriteRow([]);
        }

        started.WriteRow(layout.Columns.Select(c => (object?)layout.Style.Header(c)).ToList(), bold: true);
        return started;
    }
}
