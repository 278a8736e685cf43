using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Dashboards.Pages;
using Pipeline.Dashboards.Rendering;

namespace Pipeline.Dashboards.Fiches;

/// <summary>
/// A memorandum fiche as a Word document, from the same page and the same query results as its web
/// page, so the figures are identical: headings and text (inline values filled), the key figures as a
/// table, each chart as the table of its values (a policy officer pastes the PNG from the web page),
/// data tables, and the sources with the as-of date.
/// </summary>
public static partial class FicheDocument
{
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    public static void Write(string path, PageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        var page = context.Page;
        body.Append(Heading($"Fiche {page.Fiche} — {page.Title}", 36));
        if (page.Description is not null)
        {
            body.Append(Text(page.Description, italic: true));
        }

        body.Append(Text($"Chiffres du secteur ISP-ES, {context.AsOfText}.", italic: true));
        var kpis = new List<KpiSpec>();
        foreach (var block in page.Blocks)
        {
            if (block is KpiBlock kpi)
            {
                kpis.Add(kpi.Spec);
                continue;
            }

            AppendKpis(body, kpis, context);
            switch (block)
            {
                case MarkdownBlock text:
                    AppendMarkdown(body, InlineValues.Fill(text.Markdown, context, text.Line));
                    break;
                case ChartBlock chart:
                    AppendChart(body, chart.Spec, context);
                    break;
                case TableBlock table:
                    var data = context.Results[table.Spec.Data];
                    var columns = ComponentHtml.Columns(table.Spec, data);
                    if (table.Spec.Title is not null)
                    {
                        body.Append(Heading(table.Spec.Title, 24));
                    }

                    body.Append(Table([.. columns.Select(c => c.Header)],
                        data.Rows.Select(r => (IReadOnlyList<string>)[.. columns.Select(c => ComponentHtml.CellText(data, r, c.Column, table.Spec.Formats))])));
                    break;
            }
        }

        AppendKpis(body, kpis, context);
        body.Append(Text(ComponentHtml.MaskedFootnote, italic: true));
        main.Document.Save();
    }

    private static void AppendKpis(Body body, List<KpiSpec> kpis, PageContext context)
    {
        if (kpis.Count == 0)
        {
            return;
        }

        body.Append(Heading("Chiffres clés", 28));
        var rows = kpis.Select(k =>
        {
            var (data, periods) = ComponentHtml.KpiPeriods(k, context);
            var latest = periods[^1].Single();
            return (IReadOnlyList<string>)[k.Label, BelgianFormat.Shown(data, latest, k.Value, k.Format), periods[^1].Key, k.Definition ?? ""];
        });
        body.Append(Table(["Indicateur", "Valeur", ColumnLabels.Of(kpis[0].Period), "Définition"], rows));
        kpis.Clear();
    }

    private static void AppendChart(Body body, ChartSpec spec, PageContext context)
    {
        var data = context.Results[spec.Data];
        body.Append(Heading(spec.Title ?? ColumnLabels.Of(spec.Y[0]), 24));
        var headers = new List<string> { ColumnLabels.Of(spec.X) };
        if (spec.Series is not null)
        {
            headers.Add(ColumnLabels.Of(spec.Series));
        }

        headers.AddRange(spec.Y.Select(ColumnLabels.Of));
        body.Append(Table(headers, data.Rows.Select(r =>
        {
            var cells = new List<string> { BelgianFormat.Text(data.Value(r, spec.X)) };
            if (spec.Series is not null)
            {
                cells.Add(BelgianFormat.Text(data.Value(r, spec.Series)));
            }

            cells.AddRange(spec.Y.Select(y => BelgianFormat.Shown(data, r, y, spec.Format)));
            return (IReadOnlyList<string>)cells;
        })));
        body.Append(Text(context.SourceLine(spec.Data) + " Le graphique est sur la page web (image PNG téléchargeable).", italic: true));
    }

    private static void AppendMarkdown(Body body, string markdown)
    {
        foreach (var paragraph in ParagraphBreak().Split(markdown.Trim()))
        {
            var text = paragraph.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var level = text.TakeWhile(c => c == '#').Count();
            body.Append(level > 0
                ? Heading(text[level..].Trim(), level <= 2 ? 28 : 24)
                : Text(Markdig.Markdown.ToPlainText(text).Trim()));
        }
    }

    private static Paragraph Heading(string text, int halfPoints) =>
        new(new Run(new RunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }), new Text(text)));

    private static Paragraph Text(string text, bool italic = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (italic)
        {
            run.PrependChild(new RunProperties(new Italic()));
        }

        return new Paragraph(run);
    }

    private static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(headers, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold)
    {
        var row = new TableRow();
        if (bold)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new Paragraph(run)));
        }

        return row;
    }
}
