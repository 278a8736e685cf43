using System.Text;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// A plain-text table with padded columns: readable in a terminal, in CI logs and pasted into Markdown code
/// blocks, without a console library (Spectre would add colour codes to redirected output).
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row needs {headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        Line(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        // The first column is a label (left-aligned); the others are figures (right-aligned).
        for (var i = 0; i < cells.Length; i++)
        {
            text.Append(i == 0 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]));
            text.Append(i < cells.Length - 1 ? "  " : string.Empty);
        }

        text.AppendLine();
    }
}
