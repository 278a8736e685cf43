using System.Text;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Output;

/// <summary>A delimited text file in the federation's encoding, separators and quirks (trailing columns, totals line).</summary>
internal sealed class CsvTableWriter : ITableWriter
{
    private readonly TableLayout layout;
    private readonly StreamWriter writer;
    private readonly long[] totals;
    private readonly StringBuilder line = new();

    public CsvTableWriter(Stream stream, TableLayout layout)
    {
        this.layout = layout;
        writer = new StreamWriter(stream, layout.Style.Encoding, bufferSize: 1 << 16) { NewLine = layout.Style.NewLine };
        totals = new long[layout.Columns.Count];
        WriteLine(layout.Columns.Select(layout.Style.Header), extraField: false);
    }

    public void WriteRow(object?[] row, bool extraField = false)
    {
        var cells = new string[layout.Columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var column = layout.Columns[i];
            var value = layout.Style.Adapt(column, row[i], layout.Year);
            cells[i] = layout.Style.FormatText(column, value);
            if (column.Kind == ColumnKind.Integer && value is int number && i >= 3)
            {
                totals[i] += number;
            }
        }

        WriteLine(cells, extraField);
    }

    public void Dispose()
    {
        if (layout.Style.TotalsLine)
        {
            var cells = totals.Select((t, i) => i == 0 ? "TOTAL" : layout.Columns[i].Kind == ColumnKind.Integer && i >= 3 ? t.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            WriteLine(cells, extraField: false);
        }

        writer.Dispose();
    }

    private void WriteLine(IEnumerable<string> cells, bool extraField)
    {
        line.Clear();
        var delimiter = layout.Style.Delimiter;
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                line.Append(delimiter);
            }

            first = false;
            AppendQuoted(cell, delimiter);
        }

        line.Append(delimiter, layout.Style.TrailingEmptyColumns);
        if (extraField)
        {
            line.Append(delimiter).Append("valeur en trop");
        }

        writer.WriteLine(line);
    }

    private void AppendQuoted(string cell, char delimiter)
    {
        if (cell.IndexOfAny([delimiter, '"', '\n', '\r']) < 0)
        {
            line.Append(cell);
            return;
        }

        line.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
