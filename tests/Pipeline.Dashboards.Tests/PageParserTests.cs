using Pipeline.Dashboards.Pages;

namespace Pipeline.Dashboards.Tests;

public sealed class PageParserTests
{
    private const string Page = """
        ---
        title: "Pénurie : le constat"
        order: 3
        fiche: 1
        filters: [annee, region]
        ---
        Intro {q.taux where annee=2020 | pct}.

        ```sql q
        select annee, taux from pub_x
        ```

        ```chart
        type: bar
        data: q
        x: annee
        y: [taux, autre]
        horizontal: true
        stacked: true
        format: pct
        ```

        ```kpi
        data: q
        value: taux
        label: Taux
        format: pct
        higher_is_better: true
        ```

        ```table
        data: q
        columns:
          - annee: Année
          - taux: Taux
        formats:
          taux: pct
        ```

        ```text
        un bloc de code ordinaire reste du texte
        ```
        """;

    [Fact]
    public void Reads_front_matter_queries_and_components_in_order()
    {
        var page = PageParser.Parse(Page, "p.md", "p");
        Assert.Equal("Pénurie : le constat", page.Title);
        Assert.Equal(1, page.Fiche);
        Assert.Equal("Fiches du mémorandum", page.Section);
        Assert.Equal(["annee", "region"], page.Filters);
        Assert.Equal("select annee, taux from pub_x\n", Assert.Single(page.Queries).Sql);
        Assert.Collection(page.Blocks,
            b => Assert.Contains("{q.taux where annee=2020 | pct}", Assert.IsType<MarkdownBlock>(b).Markdown, StringComparison.Ordinal),
            b =>
            {
                var chart = Assert.IsType<ChartBlock>(b).Spec;
                Assert.Equal(ChartKind.Bar, chart.Kind);
                Assert.Equal(["taux", "autre"], chart.Y);
                Assert.True(chart.Horizontal && chart.Stacked);
                Assert.Equal(ValueFormat.Pct, chart.Format);
            },
            b => Assert.True(Assert.IsType<KpiBlock>(b).Spec.HigherIsBetter),
            b => Assert.Equal([("annee", "Année"), ("taux", "Taux")], Assert.IsType<TableBlock>(b).Spec.Columns),
            b => Assert.Contains("bloc de code ordinaire", Assert.IsType<MarkdownBlock>(b).Markdown, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("---\ntitle: x\n---\n```sql\nselect 1\n```\n", "p.md:4", "doit être nommé")]
    [InlineData("---\ntitle: x\n---\n```chart\ndata: q\nx: a\ny: b\ncolor: red\n```\n", "p.md:", "clé inconnue « color »")]
    [InlineData("---\ntitle: x\n---\n```sql q\nselect 1\n```\n```chart\ndata: r\nx: a\ny: b\n```\n", "p.md:7", "« data: r » ne désigne aucune requête")]
    [InlineData("title: x\n", "p.md:1", "doit commencer par un en-tête")]
    [InlineData("---\norder: 1\n---\n", "p.md:2", "« title » est obligatoire")]
    [InlineData("---\ntitle: x\n---\n```kpi\ndata: q\nvalue: v\nlabel: l\nformat: pourcent\n```\n", "p.md:", "format")]
    public void Mistakes_name_the_file_line_and_what_to_write(string text, string where, string message)
    {
        var error = Assert.Throws<PageException>(() => PageParser.Parse(text, "p.md", "p"));
        Assert.StartsWith(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
