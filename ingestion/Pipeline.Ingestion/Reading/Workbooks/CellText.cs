using System.Globalization;

namespace Pipeline.Ingestion.Reading.Workbooks;

/// <summary>
/// How a spreadsheet value becomes the text validation reads: dates ISO (with the time when there is one),
/// numbers invariant and round-trippable, booleans <c>true</c>/<c>false</c>, blank text empty (null).
/// </summary>
internal static class CellText
{
    public static string? Of(object? value) => value switch
    {
        null or DBNull => null,
        string s => OfString(s),
        DateTime d => OfDate(d),
        double number => OfNumber(number),
        bool flag => OfBoolean(flag),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static string? OfString(string s) => string.IsNullOrWhiteSpace(s) ? null : s;

    public static string OfDate(DateTime d) => d.TimeOfDay == TimeSpan.Zero
        ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static string OfNumber(double number) => number.ToString("R", CultureInfo.InvariantCulture);

    public static string OfBoolean(bool flag) => flag ? "true" : "false";

    /// <summary>Drops the empty cells at the end of a row, so that a row's width is that of its last value.</summary>
    public static void TrimTrailingEmpty(List<string?> cells)
    {
        var count = cells.Count;
        while (count > 0 && cells[count - 1] is null)
        {
            count--;
        }

        cells.RemoveRange(count, cells.Count - count);
    }
}
