using Pipeline.Dashboards.Data;
using Pipeline.Dashboards.Pages;

namespace Pipeline.Dashboards.Rendering;

/// <summary>Everything a page's rendering reads: the page, its query results, the as-of date, the site's pages.</summary>
public sealed record PageContext(
    Page Page,
    IReadOnlyDictionary<string, QueryResult> Results,
    DateTime? AsOf,
    IReadOnlyList<Page> SitePages)
{
    /// <summary>« données arrêtées au 22/11/2026 », or a plain phrase when unknown.</summary>
    public string AsOfText => AsOf is { } date ? $"données arrêtées au {BelgianFormat.Date(date)}" : "date des données inconnue";

    /// <summary>« Source : fédérations …, (pub_…), données arrêtées au … » for a query's figures: captions, tables, downloads, fiches.</summary>
    public string SourceLine(string query)
    {
        var federations = Results[query].SourceFederations(Results[query].Rows);
        return $"Source : {(federations.Count > 0 ? "fédérations " + string.Join(", ", federations) : "fédérations du secteur")}"
            + $" ({string.Join(", ", SourceMarts(query))}), {AsOfText}.";
    }

    /// <summary>The published tables a query reads, for sources in captions and citations.</summary>
    public IReadOnlyList<string> SourceMarts(string query) =>
        [.. System.Text.RegularExpressions.Regex.Matches(Page.Queries.First(q => q.Name == query).Sql, @"\bpub_[a-z0-9_]+")
            .Select(m => m.Value).Distinct(StringComparer.Ordinal)];
}
