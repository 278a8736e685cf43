using ExcelDataReader;
using Pipeline.Core.Text;

namespace Pipeline.Ingestion.Reading.Workbooks;

/// <summary>
/// Reads a workbook through ExcelDataReader: the reference reader, for the workbooks <see cref="OpenXmlWorkbook"/>
/// does not understand. Each sheet must be read to its end before the next is asked for.
/// </summary>
internal static class ExcelDataReaderWorkbook
{
    public static IEnumerable<Worksheet> Read(string path)
    {
        _ = Windows1252.Encoding; // ExcelDataReader needs the code-page provider registered.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        do
        {
            yield return new Worksheet(reader.Name, Rows(reader));
        }
        while (reader.NextResult());
    }

    private static IEnumerable<SheetRow> Rows(IExcelDataReader reader)
    {
        var cells = new List<string?>();
        var number = 0L;
        while (reader.Read())
        {
            number++;
            cells.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells.Add(CellText.Of(reader.GetValue(i)));
            }

            CellText.TrimTrailingEmpty(cells);
            yield return new SheetRow(number, cells);
        }
    }
}
