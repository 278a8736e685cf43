using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Pipeline.Dashboards.Serving;

namespace Pipeline.Dashboards.Tests;

/// <summary>
/// The built site in a real browser (Debian's chromium driven by Playwright), served by <c>pipeline
/// serve</c>'s server: every page loads without a console error or a request leaving the site, every
/// chart has points, a filter changes a chart, and the CSV download is the table shown.
/// </summary>
[Collection(SectorSiteCollection.Name)]
public sealed class BrowserTests(SectorSite site) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Missing = "Chromium absent (/usr/bin/chromium) : installez le paquet Debian « chromium » (.ci/run le fait avant les tests).";
    private IPlaywright? playwright;
    private IBrowser? browser;
    private SiteServer? server;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        server = await SiteServer.StartAsync(site.Project.SitePath, "127.0.0.1", FreePort());
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Every_page_loads_offline_without_errors_and_every_chart_has_points()
    {
        Assert.True(browser is not null, Missing);
        var pages = Directory.GetFiles(site.Project.SitePath, "*.html").Select(Path.GetFileName).ToList();
        Assert.True(pages.Count >= 15);
        foreach (var name in pages)
        {
            var page = await browser!.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    problems.Add($"{name}: console {message.Type}: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add($"{name}: {error}");
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(server!.Address, StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal)
                    && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    problems.Add($"{name}: external request {request.Url}");
                }
            };
            await page.GotoAsync($"{server!.Address}/{name}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var charts = await page.EvaluateAsync<int[]>(
                "Array.from(document.querySelectorAll('.plot')).map(d => (d.data || []).reduce((n, t) => n + t.y.filter(v => v !== null).length, 0))");
            Assert.All(charts, points => Assert.True(points > 0, $"{name}: a chart without points"));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task A_filter_changes_the_charts_and_the_tables()
    {
        Assert.True(browser is not null, Missing);
        var page = await browser!.NewPageAsync();
        await page.GotoAsync($"{server!.Address}/penurie.html", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        const string Points = "document.querySelector('.plot').data.reduce((n, t) => n + t.x.length, 0)";
        const string Rows = "Array.from(document.querySelectorAll('table.donnees-table tbody tr')).filter(r => r.offsetParent !== null).length";
        var pointsBefore = await page.EvaluateAsync<int>(Points);
        var rowsBefore = await page.EvaluateAsync<int>(Rows);
        await page.SelectOptionAsync("select[data-filtre=annee]", "2020");
        var pointsAfter = await page.EvaluateAsync<int>(Points);
        var rowsAfter = await page.EvaluateAsync<int>(Rows);
        Assert.True(pointsAfter > 0 && pointsAfter < pointsBefore, $"points {pointsBefore} → {pointsAfter}");
        Assert.True(rowsAfter > 0 && rowsAfter < rowsBefore, $"rows {rowsBefore} → {rowsAfter}");
        var years = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('.plot')[0].data.flatMap(t => t.x))");
        Assert.All(years, y => Assert.Equal("2020", y));
    }

    [Fact]
    public async Task The_csv_download_is_the_table_shown()
    {
        Assert.True(browser is not null, Missing);
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        await page.GotoAsync($"{server!.Address}/ressources.html", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.SelectOptionAsync("select[data-filtre=region]", "WAL");
        await page.ClickAsync("section.tableau th:nth-child(4) button.trier");
        var shown = await page.EvaluateAsync<string[][]>("""
            [Array.from(document.querySelectorAll('section.tableau thead th')).map(c => c.textContent.trim())].concat(
            Array.from(document.querySelectorAll('section.tableau tbody tr')).filter(r => r.offsetParent !== null)
                .map(r => Array.from(r.cells).map(c => c.textContent.trim())))
            """);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("section.tableau button.csv"));
        var path = Path.Combine(site.Root, "telecharge.csv");
        await download.SaveAsAsync(path);
        var lines = File.ReadAllText(path).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(shown.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Equal(string.Join(";", shown[i].Select(Field)), lines[i]);
        }

        Assert.All(shown.Skip(1), row => Assert.Equal("Wallonie", row[1]));
    }

    [Fact]
    public async Task Screenshots_of_the_index_and_a_fiche()
    {
        Assert.True(browser is not null, Missing);
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        foreach (var name in new[] { "index", "fiche-1-penurie-stagiaires" })
        {
            await page.GotoAsync($"{server!.Address}/{name}.html", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = Path.Combine(site.Root, name + ".png") });
            Assert.True(png.Length > 50_000, $"{name}: a screenshot of {png.Length} bytes looks empty");
        }
    }

    [Fact]
    public async Task Tables_fit_a_laptop_screen_with_words_on_the_left_and_numbers_on_the_right()
    {
        Assert.True(browser is not null, Missing);
        var page = await browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        foreach (var name in Directory.GetFiles(site.Project.SitePath, "federation-*.html").Select(Path.GetFileName))
        {
            await page.GotoAsync($"{server!.Address}/{name}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // a table wider than its box hides its last columns (the reasons a federation must read) behind a scroll bar
            var overflowing = await page.EvaluateAsync<int[]>(
                "Array.from(document.querySelectorAll('.defilement')).map(d => d.scrollWidth - d.clientWidth).filter(x => x > 1)");
            Assert.True(overflowing.Length == 0, $"{name}: {overflowing.Length} table(s) wider than the page by {string.Join(", ", overflowing)} px");
            var reasons = await page.EvaluateAsync<string[]>(
                "Array.from(document.querySelectorAll('table.donnees-table tbody td:last-child')).map(c => getComputedStyle(c).textAlign)");
            var counts = await page.EvaluateAsync<string[]>(
                "Array.from(document.querySelectorAll('table.donnees-table tbody td.nombre')).map(c => getComputedStyle(c).textAlign)");
            Assert.NotEmpty(reasons);
            Assert.NotEmpty(counts);
            Assert.All(counts, align => Assert.Equal("right", align));
            Assert.Contains("left", reasons);

            // file names wrap between their parts ('/', '_'), and the break points add nothing to the text copied or downloaded
            var files = await page.EvaluateAsync<string[]>(
                "Array.from(document.querySelectorAll('td.texte')).filter(c => c.querySelector('wbr')).map(c => c.textContent)");
            Assert.Contains(files, f => System.Text.RegularExpressions.Regex.IsMatch(f, @"^[A-Za-z]+/[a-z_]+.*\.(csv|xlsx|jsonl)$"));
        }
    }

    private static string Field(string text) => text.IndexOfAny([';', '"', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
