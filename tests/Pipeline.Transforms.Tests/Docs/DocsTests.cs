namespace Pipeline.Transforms.Tests.Docs;

/// <summary>The static lineage page: models, columns, descriptions, tests and the graph, with nothing fetched from the network.</summary>
public sealed class DocsTests
{
    [Fact]
    public async Task The_page_documents_every_node_column_and_test_with_an_inline_graph()
    {
        using var project = await TempProject.FromFixtureAsync();
        await project.Runner.BuildAsync();

        var docs = await project.Runner.GenerateDocsAsync();

        Assert.Equal(project.FullPath("target/docs/index.html"), docs.PagePath);
        var html = File.ReadAllText(docs.PagePath);
        foreach (var id in new[] { "source.raw.parcours", "seed.operateurs", "model.stg_parcours", "model.mart_operateurs", "model.mart_sorties_annee" })
        {
            Assert.Contains($"<article id=\"{id}\">", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("Heures de formation suivies.", html, StringComparison.Ordinal);
        Assert.Contains("Identifiant pseudonymisé du parcours.", html, StringComparison.Ordinal);
        Assert.Contains("<code>accepted_values</code> (emploi, formation, abandon)", html, StringComparison.Ordinal);
        Assert.Contains("<code>relationships</code> (→ ref(&#39;code_sortie&#39;).code) <span class=\"muted\">(avertissement)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<code>assert_heures_positives</code>", html, StringComparison.Ordinal);
        Assert.Contains("HUGEINT", html, StringComparison.Ordinal);
        // Six edges: operateurs→stg_operateurs, raw.parcours→stg_parcours, two into mart_operateurs, two into mart_sorties_annee.
        Assert.Equal(6, html.Split("<path class=\"edge\"").Length - 1);
    }

    [Fact]
    public async Task The_page_is_self_contained()
    {
        using var project = await TempProject.FromFixtureAsync();

        var docs = await project.Runner.GenerateDocsAsync();

        var html = File.ReadAllText(docs.PagePath);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["http://www.w3.org/2000/svg"], System.Text.RegularExpressions.Regex.Matches(html, "https?://[^\"' ]+").Select(m => m.Value).Distinct());
        Assert.True(File.Exists(docs.ManifestPath));
        Assert.False(File.Exists(project.Warehouse));
    }

    [Fact]
    public async Task A_layered_layout_puts_each_node_right_of_its_parents()
    {
        using var project = await TempProject.FromFixtureAsync();

        var html = File.ReadAllText((await project.Runner.GenerateDocsAsync()).PagePath);

        var x = System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"#(?<id>[^\"]+)\"><g class=\"node [a-z]+\"><rect x=\"(?<x>[0-9.]+)\"")
            .ToDictionary(m => m.Groups["id"].Value, m => double.Parse(m.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(x["source.raw.parcours"] < x["model.stg_parcours"]);
        Assert.True(x["model.stg_parcours"] < x["model.mart_sorties_annee"]);
        Assert.Equal(x["seed.code_sortie"], x["source.raw.parcours"]);
        Assert.Equal(x["model.mart_operateurs"], x["model.mart_sorties_annee"]);
    }
}
