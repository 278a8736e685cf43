using System.Text.RegularExpressions;
using Pipeline.SampleData.Defects;

namespace Pipeline.SampleData.Tests.Support;

/// <summary>
/// Finds the row defects of domain.md §8 in a file by reading it, without the generator: a row with one field
/// too many, a date that does not exist or cannot be read (31/02, "inconnue"), a negative number of hours, a
/// code outside its §6.1 code list, and the same row twice in a row.
/// </summary>
internal static partial class DefectScan
{
    public static Dictionary<RowDefect, int> Count(IEnumerable<ExtractTable> tables)
    {
        var counts = Enum.GetValues<RowDefect>().ToDictionary(d => d, _ => 0);
        foreach (var table in tables)
        {
            var coded = table.Header.Select((h, i) => (Column: Headers.Canonical(table.Federation, h), Index: i))
                .Where(c => c.Column is not null && SectorCodeLists.ByColumn.ContainsKey(c.Column)).ToList();
            string?[]? previous = null;
            foreach (var row in table.Rows)
            {
                counts[RowDefect.ExtraField] += row.Length > table.Header.Count ? 1 : 0;
                counts[RowDefect.BadDate] += row.Count(c => c is not null && BadDate().IsMatch(c));
                counts[RowDefect.NegativeHours] += row.Count(c => c is not null && Negative().IsMatch(c));
                counts[RowDefect.UnknownCode] += coded.Count(c => c.Index < row.Length && SectorCodeLists.IsUnknown(c.Column!, row[c.Index]));
                counts[RowDefect.DuplicateRow] += previous is not null && previous.SequenceEqual(row) ? 1 : 0;
                previous = row;
            }
        }

        return counts;
    }

    /// <summary>Days that do not exist in either date style, or a date that is not one.</summary>
    [GeneratedRegex(@"^(3[01]/02/[0-9]{4}|[0-9]{4}-02-3[01]|inconnue)$")]
    private static partial Regex BadDate();

    /// <summary>Nothing in the extracts is legitimately a negative whole number.</summary>
    [GeneratedRegex("^-[0-9]+$")]
    private static partial Regex Negative();
}
