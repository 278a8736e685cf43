using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Pipeline.Core;
using Pipeline.Dashboards.Pages;

namespace Pipeline.Dashboards.Tests;

[Collection(SectorSiteCollection.Name)]
public sealed partial class SiteBuildTests(SectorSite site)
{
    [GeneratedRegex(@"<p class=""kpi-valeur"">([^<]+)</p>")]
    private static partial Regex KpiValue();

    [Fact]
    public void The_site_has_its_pages_fiches_and_downloads_and_stays_light()
    {
        var root = site.Project.SitePath;
        Assert.True(new FileInfo(root).LinkTarget is not null, "the site path is a link swapped atomically");
        foreach (var page in new[] { "index", "penurie", "accompagnement", "sorties", "profil", "ressources", "qualite", "federation-febisp", "region-wal" })
        {
            Assert.True(File.Exists(Path.Combine(root, page + ".html")), page);
        }

        var fiches = Directory.GetFiles(Path.Combine(root, "fiches"), "*.docx");
        Assert.Equal(6, fiches.Length);
        using (var zip = ZipFile.OpenRead(Path.Combine(root, "fiches", "fiches-memorandum.zip")))
        {
            Assert.Equal(6, zip.Entries.Count);
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(root, "telechargements"), "*.xlsx"));
        Assert.True(File.Exists(Path.Combine(root, "assets", "plotly.min.js")));
        Assert.True(File.Exists(Path.Combine(root, "docs", "index.html")));
        foreach (var html in Directory.GetFiles(root, "*.html"))
        {
            Assert.True(new FileInfo(html).Length < 300_000, $"{Path.GetFileName(html)} weighs {new FileInfo(html).Length} bytes");
            Assert.DoesNotContain("http://", File.ReadAllText(html).Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_fiche_document_carries_the_same_key_figures_as_its_page()
    {
        var html = File.ReadAllText(Path.Combine(site.Project.SitePath, "fiche-2-immunisation-heures.html"));
        var figures = KpiValue().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(4, figures.Count);
        using var document = WordprocessingDocument.Open(Path.Combine(site.Project.SitePath, "fiches", "fiche-2-immunisation-heures.docx"), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.All(figures, f => Assert.Contains(f, text, StringComparison.Ordinal));
        Assert.Contains("Revendication", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_cannot_read_anything_but_the_published_marts()
    {
        using var data = Data.PublishedData.Open(site.Project.MartsExportPath);
        var page = new Page { Slug = "x", SourcePath = "pages/x.md", Title = "x" };
        var internalMart = Assert.Throws<PageException>(() => data.Run(page, new PageQuery("q", "select * from mart_sorties", 4)));
        Assert.StartsWith("pages/x.md:4", internalMart.Message, StringComparison.Ordinal);
        Assert.Contains("mart_sorties", internalMart.Message, StringComparison.Ordinal);
        var file = Path.Combine(site.Project.LakePath, "raw", "parcours", "**", "*.parquet");
        Assert.Throws<PageException>(() => data.Run(page, new PageQuery("q", $"select * from read_parquet('{file}')", 4)));
        Assert.Throws<PageException>(() => data.Run(page, new PageQuery("q", $"attach '{site.Project.WarehousePath}' as w", 4)));
    }

    [Fact]
    public async Task A_failing_build_leaves_the_published_site_untouched()
    {
        var before = new FileInfo(site.Project.SitePath).LinkTarget;
        var pages = Path.Combine(site.Root, "pages-cassees");
        Directory.CreateDirectory(pages);
        File.WriteAllText(Path.Combine(pages, "index.md"), "---\ntitle: x\n---\n```sql q\nselect * from mart_sorties\n```\n");
        var broken = new PipelineProject(site.Project.ConfigFilePath, site.Project.Options with
        {
            Dashboards = site.Project.Options.Dashboards with { Pages = pages },
        });
        await Assert.ThrowsAsync<PageException>(() => new SiteGenerator(broken).BuildAsync());
        Assert.Equal(before, new FileInfo(site.Project.SitePath).LinkTarget);
        Assert.Empty(Directory.GetDirectories(site.Project.SitePath + ".builds", "*.partiel"));
    }
}
