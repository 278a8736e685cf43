using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Pipeline.SampleData.Tests.Support;

/// <summary>
/// A table of a generated file (a CSV or JSON Lines file, or one worksheet) as text cells, read without the
/// generator: the header as written and every data row (ALEAP's totals line and AID's title block left out).
/// A row longer than the header carries a stray field.
/// </summary>
internal sealed record ExtractTable(string Federation, string Name, IReadOnlyList<string> Header, IReadOnlyList<string?[]> Rows)
{
    /// <summary>The tables of one file: one for text files, one per sheet for workbooks.</summary>
    public static IReadOnlyList<ExtractTable> Read(string inboxRoot, GeneratedFile file)
    {
        var path = Path.Combine(inboxRoot, file.RelativePath);
        return file.Federation switch
        {
            "ALEAP" => [Csv(file, File.ReadAllText(path, FederationFiles.Windows1252), ';', totalsLine: true)],
            "CAIPS" => [Csv(file, File.ReadAllText(path, Encoding.UTF8), ',', totalsLine: false)],
            "FEBISP" => [Csv(file, File.ReadAllText(path, Encoding.UTF8), ';', totalsLine: false)],
            "LEE" => [JsonLines(file, File.ReadAllLines(path, Encoding.UTF8))],
            "UNESSA" => [.. Workbook.Read(path).Select(s => Sheet(file, s, headerRow: 0))],
            "AID" => [.. Workbook.Read(path).Select(s => Sheet(file, s, headerRow: 3))],
            _ => throw new ArgumentException($"Unknown federation {file.Federation}.", nameof(file)),
        };
    }

    /// <summary>The index of a canonical column in the header, or −1.</summary>
    public int IndexOf(string canonical) => Header.ToList().FindIndex(h => Headers.Canonical(Federation, h) == canonical);

    private static ExtractTable Csv(GeneratedFile file, string text, char delimiter, bool totalsLine)
    {
        var lines = text.Split(["\r\n", "\n"], StringSplitOptions.None).ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (totalsLine)
        {
            Assert.StartsWith("TOTAL" + delimiter, lines[^1], StringComparison.Ordinal);
            lines.RemoveAt(lines.Count - 1);
        }

        var header = CsvLine.Split(lines[0], delimiter);
        var rows = lines.Skip(1).Select(l => CsvLine.Split(l, delimiter).Select(c => (string?)c).ToArray()).ToList();
        return new ExtractTable(file.Federation, file.RelativePath, header, rows);
    }

    private static ExtractTable JsonLines(GeneratedFile file, string[] lines)
    {
        var objects = new List<List<(string Name, string? Value)>>();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            objects.Add([.. document.RootElement.EnumerateObject().Select(p => (p.Name, Text(p.Value)))]);
        }

        // The header is the key list of the shortest object (a row with a stray key is longer, never shorter).
        List<string> header = objects.Count == 0 ? [] : [.. objects.MinBy(o => o.Count)!.Select(p => p.Name)];
        var rows = objects.Select(o => header.Select(h => o.Single(p => p.Name == h).Value)
            .Concat(o.Where(p => !header.Contains(p.Name)).Select(p => p.Value)).ToArray()).ToList();
        return new ExtractTable(file.Federation, file.RelativePath, header, rows);
    }

    private static ExtractTable Sheet(GeneratedFile file, Sheet sheet, int headerRow)
    {
        var header = Workbook.Trimmed(sheet.Rows[headerRow]).Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty).ToList();
        var rows = sheet.Rows.Skip(headerRow + 1).Select(r => Workbook.Trimmed(r).Select(Text).ToArray()).ToList();
        return new ExtractTable(file.Federation, $"{file.RelativePath}#{sheet.Name}", header, rows);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
