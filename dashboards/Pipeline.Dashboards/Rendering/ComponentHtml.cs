using System.Globalization;
using System.Text;
using System.Text.Json;
using Pipeline.Dashboards.Data;
using Pipeline.Dashboards.Pages;

namespace Pipeline.Dashboards.Rendering;

/// <summary>The HTML of charts, key-figure cards and tables.</summary>
public static class ComponentHtml
{
    public const string MaskedFootnote =
        "c : valeur masquée par le secret statistique (moins de personnes que le seuil de publication, moins de trois opérateurs, "
        + "un opérateur dominant, ou masquage secondaire pour qu'une valeur masquée ne se déduise pas des totaux).";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static string Chart(ChartSpec spec, PageContext context, int index)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        var data = Require(context, spec.Data, [spec.X, .. spec.Y, .. spec.Series is null ? Array.Empty<string>() : [spec.Series]], "le graphique");
        var figure = ChartBuilder.Build(spec, data, context.Page.Filters, ColumnLabels.Of);
        var alt = spec.Alt ?? ChartBuilder.Describe(spec, figure, ColumnLabels.Of);
        var anyMasked = data.Rows.Any(r => spec.Y.Any(y => data.IsMasked(r, y)));
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""<figure class="chart"><div class="plot" id="graphique-{index}" role="img" aria-label="{Html.Attribute(alt)}"></div>""");
        html.Append(CultureInfo.InvariantCulture, $"""<script type="application/json" class="figure" data-target="graphique-{index}">{JsonSerializer.Serialize(figure, Json).Replace("</", "<\\/", StringComparison.Ordinal)}</script>""");
        html.Append("<figcaption>").Append(Html.Encode(spec.Title ?? ColumnLabels.Of(spec.Y[0]))).Append(". ")
            .Append(Html.Encode(context.SourceLine(spec.Data))).Append("</figcaption>");
        if (anyMasked)
        {
            html.Append("<p class=\"note\">").Append(Html.Encode(MaskedFootnote)).Append("</p>");
        }

        var columns = new List<(string, string)> { (spec.X, ColumnLabels.Of(spec.X)) };
        if (spec.Series is not null)
        {
            columns.Add((spec.Series, ColumnLabels.Of(spec.Series)));
        }

        columns.AddRange(spec.Y.Select(y => (y, ColumnLabels.Of(y))));
        html.Append("<details class=\"donnees\"><summary>Voir les données</summary>")
            .Append(TableMarkup(data, columns, new Dictionary<string, ValueFormat>(spec.Y.ToDictionary(y => y, _ => spec.Format)), context.Page.Filters, null))
            .Append("</details></figure>");
        return html.ToString();
    }

    public static string Kpi(KpiSpec spec, PageContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        var (data, periods) = KpiPeriods(spec, context);
        var current = periods[^1].Single();
        var shown = BelgianFormat.Shown(data, current, spec.Value, spec.Format);
        var change = "";
        if (periods.Count > 1 && BelgianFormat.TryDouble(data.Value(current, spec.Value), out var now)
            && BelgianFormat.TryDouble(data.Value(periods[^2].Single(), spec.Value), out var before))
        {
            // the direction of what the reader sees: a change that rounds to zero is stable
            var shownChange = BelgianFormat.Change(before, now, spec.Format);
            var direction = shownChange.StartsWith('+') ? "hausse" : shownChange.StartsWith('−') ? "baisse" : "stable";
            var tone = spec.HigherIsBetter is null || direction == "stable" ? "neutre" : (direction == "hausse") == spec.HigherIsBetter ? "favorable" : "defavorable";
            var arrow = direction switch { "hausse" => "▲", "baisse" => "▼", _ => "■" };
            change = $"""<p class="evolution {tone}"><span aria-hidden="true">{arrow}</span> {Html.Encode(shownChange)} par rapport à {Html.Encode(periods[^2].Key)} <span class="sr">({direction})</span></p>""";
        }

        var federations = data.SourceFederations([current]);
        var marts = spec.Source is null ? context.SourceMarts(spec.Data) : [spec.Source];
        var sentence = Citation.Sentence(spec.Label, shown, $"{ColumnLabels.Of(spec.Period).ToLower(BelgianFormat.Culture)} {periods[^1].Key}", spec.Definition, marts, federations, context.AsOfText);
        return $"""<div class="kpi"><p class="kpi-libelle">{Html.Encode(spec.Label)}</p><p class="kpi-valeur">{Html.Encode(shown)}</p><p class="kpi-periode">{Html.Encode(ColumnLabels.Of(spec.Period))} {Html.Encode(periods[^1].Key)}</p>{change}{Citation.Html(sentence)}</div>""";
    }

    /// <summary>A key figure's rows by period, oldest first, one row each (else the page is wrong): the card and the fiche read the same.</summary>
    public static (QueryResult Data, List<IGrouping<string, object?[]>> Periods) KpiPeriods(KpiSpec spec, PageContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        var data = Require(context, spec.Data, [spec.Value, spec.Period], "le chiffre clé");
        var periods = data.Rows.GroupBy(r => BelgianFormat.Text(data.Value(r, spec.Period)))
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return periods.Count > 0 && periods.All(p => p.Count() == 1)
            ? (data, periods)
            : throw new PageException(context.Page.SourcePath, 0,
                $"le chiffre clé « {spec.Label} » attend une ligne par {spec.Period} dans « {spec.Data} » (ajoutez un filtre à la requête).");
    }

    public static string Table(TableSpec spec, PageContext context, string xlsxHref)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        var data = Require(context, spec.Data, [.. spec.Columns.Select(c => c.Column)], "le tableau");
        var columns = Columns(spec, data);
        var html = new StringBuilder("<section class=\"tableau\">");
        html.Append("""<div class="outils"><label>Rechercher <input type="search" class="recherche"></label> """)
            .Append("""<button type="button" class="csv">Télécharger le tableau affiché (CSV)</button> """)
            .Append(CultureInfo.InvariantCulture, $"""<a class="xlsx" href="{Html.Attribute(xlsxHref)}" download>Tableau complet (XLSX)</a></div>""")
            .Append(TableMarkup(data, columns, spec.Formats, context.Page.Filters, spec.Title))
            .Append("<p class=\"source\">").Append(Html.Encode(context.SourceLine(spec.Data))).Append("</p>");
        if (data.Rows.Any(r => columns.Any(c => data.IsMasked(r, c.Column))))
        {
            html.Append("<p class=\"note\">").Append(Html.Encode(MaskedFootnote)).Append("</p>");
        }

        return html.Append("</section>").ToString();
    }

    /// <summary>The columns a table shows: those listed, else all but the technical ones.</summary>
    public static List<(string Column, string Header)> Columns(TableSpec spec, QueryResult data)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        return spec.Columns.Count > 0
            ? [.. spec.Columns.Select(c => (c.Column, c.Header == c.Column ? ColumnLabels.Of(c.Column) : c.Header))]
            : [.. data.Columns.Where(c => c is not ("is_suppressed" or "valeurs_masquees")).Select(c => (c, ColumnLabels.Of(c)))];
    }

    /// <summary>The text of a cell as the table shows it.</summary>
    public static string CellText(QueryResult data, object?[] row, string column, IReadOnlyDictionary<string, ValueFormat> formats) =>
        BelgianFormat.Shown(data, row, column, formats.TryGetValue(column, out var f) ? f : BelgianFormat.Guess(column));

    private static string TableMarkup(
        QueryResult data, IReadOnlyList<(string Column, string Header)> columns, IReadOnlyDictionary<string, ValueFormat> formats,
        IReadOnlyList<string> filters, string? caption)
    {
        var html = new StringBuilder("<div class=\"defilement\"><table class=\"donnees-table\">");
        if (caption is not null)
        {
            html.Append("<caption>").Append(Html.Encode(caption)).Append("</caption>");
        }

        // numbers line up on the right, words read from the left (and wrap instead of pushing the table wider)
        var alignment = columns.ToDictionary(c => c.Column, c => IsNumeric(data, c.Column, formats) ? "nombre" : "texte");
        html.Append("<thead><tr>");
        foreach (var (column, header) in columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<th scope="col" class="{alignment[column]}"><button type="button" class="trier">{Html.Encode(header)}</button></th>""");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in data.Rows)
        {
            html.Append("<tr");
            foreach (var filter in filters.Where(data.Has))
            {
                html.Append(CultureInfo.InvariantCulture, $" data-f-{filter}=\"{Html.Attribute(BelgianFormat.Text(data.Value(row, filter)))}\"");
            }

            html.Append('>');
            foreach (var (column, _) in columns)
            {
                var text = CellText(data, row, column, formats);
                // no sort key in the markup: the page's script reads the French number back (pages stay light)
                html.Append(data.IsMasked(row, column)
                        ? $"<td class=\"{alignment[column]} masque\" title=\"Secret statistique\">"
                        : $"<td class=\"{alignment[column]}\">")
                    .Append(alignment[column] == "texte" ? Breakable(text) : Html.Encode(text)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>
    /// Text with line-break opportunities after '/' and '_', so that a long file or code name
    /// (<c>CAIPS/accompagnement_acte_2024.csv</c>) wraps between its parts rather than in the middle of a word.
    /// </summary>
    private static string Breakable(string text) =>
        Html.Encode(text).Replace("/", "/<wbr>", StringComparison.Ordinal).Replace("_", "_<wbr>", StringComparison.Ordinal);

    private static bool IsNumeric(QueryResult data, string column, IReadOnlyDictionary<string, ValueFormat> formats) =>
        (formats.TryGetValue(column, out var format) ? format : BelgianFormat.Guess(column)) != ValueFormat.Texte
        && data.Rows.Any(r => BelgianFormat.TryDouble(data.Value(r, column), out _));

    private static QueryResult Require(PageContext context, string query, IEnumerable<string> columns, string what)
    {
        var data = context.Results[query];
        var missing = columns.Where(c => !data.Has(c)).ToList();
        return missing.Count == 0
            ? data
            : throw new PageException(context.Page.SourcePath, context.Page.Queries.First(q => q.Name == query).Line,
                $"{what} demande {string.Join(", ", missing)}, absent(s) de la requête « {query} » (colonnes : {string.Join(", ", data.Columns)}).");
    }
}
