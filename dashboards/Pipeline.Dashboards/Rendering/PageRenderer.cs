using System.Globalization;
using System.Text;
using Markdig;
using Pipeline.Dashboards.Pages;

namespace Pipeline.Dashboards.Rendering;

/// <summary>A whole HTML page: the site's frame (navigation, as-of date) around the page's blocks.</summary>
public static class PageRenderer
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();

    /// <summary>The HTML of <paramref name="context"/>'s page; <paramref name="xlsxHref"/> names each table's XLSX download.</summary>
    public static string Render(PageContext context, Func<int, string> xlsxHref)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(xlsxHref);
        var page = context.Page;
        var body = new StringBuilder();
        var chart = 0;
        var table = 0;
        var kpis = new List<string>();
        foreach (var block in page.Blocks)
        {
            if (block is KpiBlock kpi)
            {
                kpis.Add(ComponentHtml.Kpi(kpi.Spec, context));
                continue;
            }

            FlushKpis(body, kpis);
            body.Append(block switch
            {
                MarkdownBlock text => Markdig.Markdown.ToHtml(InlineValues.Fill(text.Markdown, context, text.Line), Markdown),
                ChartBlock c => ComponentHtml.Chart(c.Spec, context, ++chart),
                TableBlock t => ComponentHtml.Table(t.Spec, context, xlsxHref(++table)),
                _ => "",
            });
        }

        FlushKpis(body, kpis);
        return Frame(context, body.ToString());
    }

    /// <summary>The filter menus of a page: one per filter column found in its data, values sorted.</summary>
    public static string Filters(PageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var html = new StringBuilder();
        foreach (var filter in context.Page.Filters)
        {
            var values = context.Results.Values.Where(r => r.Has(filter))
                .SelectMany(r => r.Rows.Select(row => BelgianFormat.Text(r.Value(row, filter))))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"""<label>{Html.Encode(ColumnLabels.Of(filter))} <select class="filtre" data-filtre="{Html.Attribute(filter)}"><option value="">Tous</option>""");
            foreach (var value in values)
            {
                html.Append(CultureInfo.InvariantCulture, $"""<option value="{Html.Attribute(value)}">{Html.Encode(value == "TOUS" ? "Total (TOUS)" : value)}</option>""");
            }

            html.Append("</select></label> ");
        }

        return html.Length == 0 ? "" : $"""<form class="filtres" aria-label="Filtres de la page" data-filtres="{Html.Attribute(string.Join(",", context.Page.Filters))}">{html}</form>""";
    }

    private static void FlushKpis(StringBuilder body, List<string> kpis)
    {
        if (kpis.Count > 0)
        {
            body.Append("<div class=\"kpis\">").AppendJoin("", kpis).Append("</div>");
            kpis.Clear();
        }
    }

    private static string Frame(PageContext context, string body)
    {
        var page = context.Page;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="fr-BE">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(page.Title)} — Secteur ISP-ES</title>
            {(page.Description is null ? "" : $"<meta name=\"description\" content=\"{Html.Attribute(page.Description)}\">")}
            <link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="assets/site.css">
            <script src="assets/plotly.min.js" defer></script>
            <script src="assets/site.js" defer></script>
            </head>
            <body>
            <a class="evitement" href="#contenu">Aller au contenu</a>
            <header><p class="marque"><a href="index.html">Secteur ISP-ES — tableaux de bord et fiches du mémorandum</a></p>
            {Navigation(context)}
            </header>
            <main id="contenu">
            <h1>{(page.Fiche is { } n ? $"<span class=\"fiche-numero\">Fiche {n}</span> " : "")}{Html.Encode(page.Title)}</h1>
            {(page.Description is null ? "" : $"<p class=\"chapeau\">{Html.Encode(page.Description)}</p>")}
            <p class="fraicheur">Chiffres du secteur, {Html.Encode(context.AsOfText)}.{(page.Fiche is { } f ? $" <a class=\"docx\" href=\"fiches/{Html.Attribute(page.Slug)}.docx\">Télécharger la fiche (DOCX)</a> · <a href=\"fiches/fiches-memorandum.zip\">toutes les fiches (ZIP)</a>" : "")}</p>
            {Filters(context)}
            {body}
            </main>
            <footer><p>Données anonymisées transmises par les fédérations, publiées après secret statistique (« c » : valeur masquée). {Html.Encode(char.ToUpperInvariant(context.AsOfText[0]) + context.AsOfText[1..])}. Site généré le {BelgianFormat.Date(DateTime.Now)}.</p></footer>
            </body>
            </html>
            """);
        return html.ToString();
    }

    private static string Navigation(PageContext context)
    {
        var html = new StringBuilder("<nav aria-label=\"Pages du site\">");
        foreach (var section in context.SitePages.GroupBy(p => p.Section))
        {
            html.Append("<div class=\"nav-section\"><p>").Append(Html.Encode(section.Key)).Append("</p><ul>");
            foreach (var page in section.OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal))
            {
                var current = page.Slug == context.Page.Slug ? " aria-current=\"page\"" : "";
                html.Append(CultureInfo.InvariantCulture, $"""<li><a href="{Html.Attribute(page.Slug)}.html"{current}>{Html.Encode(page.Fiche is { } n ? $"{n}. {page.Title}" : page.Title)}</a></li>""");
            }

            html.Append("</ul></div>");
        }

        return html.Append("<div class=\"nav-section\"><p>Documentation</p><ul><li><a href=\"docs/index.html\">Données et lignage</a></li></ul></div></nav>").ToString();
    }
}
