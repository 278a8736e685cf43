using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Dashboards.Tests;

/// <summary>
/// Every file of the built site, read back as a reader would (HTML tables, the JSON of the charts, the
/// XLSX downloads, the DOCX fiches): no person count from 1 to min_cell − 1 anywhere. Person counts are
/// recognised by their French headers, independently of the generator's code.
/// </summary>
[Collection(SectorSiteCollection.Name)]
public sealed partial class SitePrivacyScanTests(SectorSite site)
{
    private static readonly HashSet<string> PersonHeaders = new(StringComparer.Ordinal)
    {
        "Candidatures", "Candidatures reçues", "Entrées", "Entrées en formation", "Stagiaires", "Stagiaires entrés",
        "Accompagnés", "Stagiaires accompagnés", "Effectif", "Sortants",
    };

    [GeneratedRegex(@"<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex(@"<th[^>]*>(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<script type=""application/json"" class=""figure""[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Figure();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private int MinCell => site.Project.Options.Privacy.MinCell;

    [Fact]
    public void No_file_of_the_site_shows_a_small_person_count()
    {
        var found = new List<string>();
        var checkedValues = 0;
        foreach (var file in Directory.GetFiles(site.Project.SitePath, "*", SearchOption.AllDirectories))
        {
            IEnumerable<(string Header, string Value)> cells = Path.GetExtension(file) switch
            {
                ".html" => HtmlCells(File.ReadAllText(file)),
                ".xlsx" => XlsxCells(file),
                ".docx" => DocxCells(file),
                _ => [],
            };
            foreach (var (header, value) in cells.Where(c => PersonHeaders.Contains(c.Header)))
            {
                if (Number(value) is { } n)
                {
                    checkedValues++;
                    if (n >= 1 && n < MinCell)
                    {
                        found.Add($"{Path.GetFileName(file)}: {header} = {value}");
                    }
                }
            }
        }

        Assert.Empty(found);
        Assert.True(checkedValues > 500, $"only {checkedValues} person counts were checked: the scan is not seeing the tables");
    }

    [Fact]
    public void No_chart_plots_a_small_person_count()
    {
        var plotted = 0;
        foreach (var file in Directory.GetFiles(site.Project.SitePath, "*.html"))
        {
            foreach (var json in Figure().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value.Replace("<\\/", "</", StringComparison.Ordinal)))
            {
                using var figure = JsonDocument.Parse(json);
                var layout = figure.RootElement.GetProperty("layout");
                var axisTitle = layout.GetProperty("yaxis").TryGetProperty("title", out var t) ? t.GetProperty("text").GetString() : "";
                foreach (var trace in figure.RootElement.GetProperty("data").EnumerateArray())
                {
                    if (!PersonHeaders.Contains(axisTitle ?? "") && !PersonHeaders.Contains(trace.GetProperty("name").GetString() ?? ""))
                    {
                        continue;
                    }

                    foreach (var y in trace.GetProperty("y").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number))
                    {
                        plotted++;
                        Assert.False(y.GetDouble() >= 1 && y.GetDouble() < MinCell, $"{Path.GetFileName(file)} plots {y.GetDouble()}");
                    }
                }
            }
        }

        Assert.True(plotted > 10, "charts of person counts were checked");
    }

    private static IEnumerable<(string, string)> HtmlCells(string html)
    {
        foreach (Match table in Table().Matches(html))
        {
            var headers = HeaderCell().Matches(table.Value).Select(m => Text(m.Groups[1].Value)).ToList();
            foreach (Match row in Row().Matches(table.Value))
            {
                var cells = Cell().Matches(row.Groups[1].Value).Select(m => Text(m.Groups[1].Value)).ToList();
                for (var i = 0; i < Math.Min(cells.Count, headers.Count); i++)
                {
                    yield return (headers[i], cells[i]);
                }
            }
        }
    }

    private static IEnumerable<(string, string)> XlsxCells(string file)
    {
        using var document = SpreadsheetDocument.Open(file, false);
        var sheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
        var strings = document.WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => CellText(c, strings)).ToList()).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        foreach (var row in rows.Skip(1))
        {
            for (var i = 0; i < Math.Min(row.Count, rows[0].Count); i++)
            {
                yield return (rows[0][i], row[i]);
            }
        }
    }

    private static string CellText(Cell cell, List<string> strings) =>
        cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) ? strings[index] : cell.InnerText;

    private static IEnumerable<(string, string)> DocxCells(string file)
    {
        using var document = WordprocessingDocument.Open(file, false);
        foreach (var table in document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>())
        {
            var rows = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
                .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
            foreach (var row in rows.Skip(1))
            {
                for (var i = 0; i < Math.Min(row.Count, rows[0].Count); i++)
                {
                    yield return (rows[0][i], row[i]);
                }
            }
        }
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Tag().Replace(html, "")).Trim();

    private static double? Number(string text)
    {
        var cleaned = text.Replace("\u202F", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.GetCultureInfo("fr-BE"), out var value)
            || double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value) ? value : null;
    }
}
