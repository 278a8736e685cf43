using System.Globalization;
using System.Text;

namespace Pipeline.Core.Spreadsheets;

/// <summary>Streams the rows of one worksheet as SpreadsheetML.</summary>
public sealed class XlsxSheetWriter : IDisposable
{
    private const int DateStyle = 1;
    private const int BoldStyle = 2;
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);
    private readonly StreamWriter writer;
    private readonly StringBuilder row = new();
    private int rowNumber;

    public XlsxSheetWriter(Stream entry)
    {
        writer = new StreamWriter(entry, new UTF8Encoding(false), 1 << 16);
        writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
    }

    public int RowCount => rowNumber;

    /// <summary>Writes a row of cells: strings inline, numbers as numbers, dates as serial numbers, booleans as booleans.</summary>
    public void WriteRow(IReadOnlyList<object?> cells, bool bold = false)
    {
        rowNumber++;
        row.Clear();
        row.Append(CultureInfo.InvariantCulture, $"<row r=\"{rowNumber}\">");
        for (var i = 0; i < cells.Count; i++)
        {
            AppendCell(ColumnName(i) + rowNumber.ToString(CultureInfo.InvariantCulture), cells[i], bold);
        }

        row.Append("</row>");
        writer.Write(row);
    }

    public void Dispose()
    {
        writer.Write("</sheetData></worksheet>");
        writer.Dispose();
    }

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                < ' ' when c is not ('\t' or '\n' or '\r') => escaped,
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private void AppendCell(string reference, object? value, bool bold)
    {
        var style = bold ? $" s=\"{BoldStyle}\"" : string.Empty;
        switch (value)
        {
            case null:
                return;
            case string text:
                row.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"{style}><is><t xml:space=\"preserve\">{Escape(text)}</t></is></c>");
                break;
            case bool flag:
                row.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"b\"><v>{(flag ? 1 : 0)}</v></c>");
                break;
            case DateOnly date:
                row.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"{DateStyle}\"><v>{date.DayNumber - ExcelEpoch.DayNumber}</v></c>");
                break;
            case IFormattable number:
                row.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{number.ToString(null, CultureInfo.InvariantCulture)}</v></c>");
                break;
            default:
                throw new ArgumentException($"Cannot write a {value.GetType().Name} to a worksheet.", nameof(value));
        }
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
