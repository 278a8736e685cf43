using System.Globalization;
using System.Text;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// Maps the order in which DuckDB returns the rows it kept (1, 2, 3…) to the lines of the file, given the
/// lines it rejected and where records do not follow each other line by line. The map is a short list of
/// segments "from kept row k on, line = k + delta", applied in SQL with an ASOF join.
/// </summary>
internal static class LineMap
{
    public static IReadOnlyList<(long FromRow, long Delta)> Build(TextFileShape shape, IReadOnlyCollection<long> rejectedLines)
    {
        var rejected = rejectedLines.Select(shape.RecordOfLine).Where(r => r >= 0).ToHashSet();
        var events = shape.RecordLineBreaks.Select(b => b.Record).Concat(rejected).Concat(rejected.Select(r => r + 1))
            .Where(r => r < shape.Records).Order().Distinct().ToList();
        var segments = new List<(long, long)>();
        long kept = 0;
        long record = 0;
        var next = 0;
        while (record < shape.Records)
        {
            if (rejected.Contains(record))
            {
                record++;
                continue;
            }

            var delta = shape.LineOfRecord(record) - kept;
            if (segments.Count == 0 || segments[^1].Item2 != delta)
            {
                segments.Add((kept, delta));
            }

            while (next < events.Count && events[next] <= record)
            {
                next++;
            }

            var end = next < events.Count ? events[next] : shape.Records;
            kept += end - record;
            record = end;
        }

        return segments;
    }

    /// <summary>The segments as a SQL VALUES list (k is 0-based).</summary>
    public static string ToValues(IReadOnlyList<(long FromRow, long Delta)> segments)
    {
        var values = new StringBuilder();
        foreach (var (from, delta) in segments.DefaultIfEmpty((0, 2)))
        {
            values.Append(values.Length == 0 ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"({from}, {delta})");
        }

        return values.ToString();
    }
}
