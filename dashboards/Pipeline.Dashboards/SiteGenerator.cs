using System.Diagnostics;
using System.IO.Compression;
using Pipeline.Core;
using Pipeline.Dashboards.Data;
using Pipeline.Dashboards.Downloads;
using Pipeline.Dashboards.Fiches;
using Pipeline.Dashboards.Pages;
using Pipeline.Dashboards.Publishing;
using Pipeline.Dashboards.Rendering;

namespace Pipeline.Dashboards;

/// <summary>
/// Builds the whole static site from the pages and the published marts, into a fresh folder, then
/// publishes it atomically. Any failure leaves the published site as it was.
/// </summary>
/// <example>
/// <code>
/// var result = await new SiteGenerator(project).BuildAsync(progress, cancellationToken);
/// </code>
/// </example>
public sealed class SiteGenerator(PipelineProject project)
{
    private static readonly string[] Assets = ["site.css", "site.js", "plotly.min.js", "favicon.svg"];

    public PipelineProject Project { get; } = project;

    public Task<SiteBuildResult> BuildAsync(IProgress<SiteBuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Build(progress, cancellationToken), cancellationToken);

    private SiteBuildResult Build(IProgress<SiteBuildProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var pages = PageLoader.Load(Project).OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
        using var data = PublishedData.Open(Project.MartsExportPath);
        var asOf = data.AsOf();
        var publisher = new SitePublisher(Project.SitePath);
        var folder = publisher.StartBuild();
        var warnings = new List<string>();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "assets"));
            Directory.CreateDirectory(Path.Combine(folder, "telechargements"));
            Directory.CreateDirectory(Path.Combine(folder, "fiches"));
            foreach (var asset in Assets)
            {
                using var resource = typeof(SiteGenerator).Assembly.GetManifestResourceStream("Pipeline.Dashboards.Assets." + asset)
                    ?? throw new PipelineException($"Ressource du site manquante : {asset} (plotly.js vient de npm : lancez eng/fetch-assets.sh).");
                using var file = File.Create(Path.Combine(folder, "assets", asset));
                resource.CopyTo(file);
            }

            var fiches = new List<string>();
            for (var i = 0; i < pages.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = pages[i];
                progress?.Report(new SiteBuildProgress(i, pages.Count, page.Title));
                var context = new PageContext(page, page.Queries.ToDictionary(q => q.Name, q => data.Run(page, q)), asOf, pages);
                WriteDownloads(folder, page, context);
                File.WriteAllText(Path.Combine(folder, page.Slug + ".html"),
                    PageRenderer.Render(context, n => $"telechargements/{page.Slug}-tableau-{n}.xlsx"));
                if (page.Fiche is not null)
                {
                    var docx = Path.Combine(folder, "fiches", page.Slug + ".docx");
                    FicheDocument.Write(docx, context);
                    fiches.Add(docx);
                }
            }

            WriteFichesZip(folder, fiches);
            CopyDocs(folder, warnings);
            if (!File.Exists(Path.Combine(folder, "index.html")))
            {
                warnings.Add("Aucune page « index.md » : le site n'a pas de page d'accueil.");
            }

            progress?.Report(new SiteBuildProgress(pages.Count, pages.Count, null));
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            var bytes = files.Sum(f => new FileInfo(f).Length);
            var published = publisher.Publish(folder);
            return new SiteBuildResult(Project.SitePath, published, pages.Count, files.Length, bytes, clock.Elapsed, warnings);
        }
        catch
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            throw;
        }
    }

    private static void WriteDownloads(string folder, Page page, PageContext context)
    {
        var n = 0;
        foreach (var table in page.Blocks.OfType<TableBlock>())
        {
            n++;
            TableWorkbook.Write(Path.Combine(folder, "telechargements", $"{page.Slug}-tableau-{n}.xlsx"), table.Spec,
                context.Results[table.Spec.Data], context.SourceLine(table.Spec.Data));
        }
    }

    private static void WriteFichesZip(string folder, List<string> fiches)
    {
        using var zip = ZipFile.Open(Path.Combine(folder, "fiches", "fiches-memorandum.zip"), ZipArchiveMode.Create);
        foreach (var fiche in fiches.Order(StringComparer.Ordinal))
        {
            zip.CreateEntryFromFile(fiche, Path.GetFileName(fiche), CompressionLevel.Optimal);
        }
    }

    // The lineage and column documentation `pipeline build` writes to target/docs.
    private void CopyDocs(string folder, List<string> warnings)
    {
        var source = Path.Combine(Project.TargetPath, "docs");
        var target = Directory.CreateDirectory(Path.Combine(folder, "docs")).FullName;
        if (!File.Exists(Path.Combine(source, "index.html")))
        {
            warnings.Add("Pas de documentation des données (target/docs) : lancez « pipeline build » ou « pipeline docs ».");
            File.WriteAllText(Path.Combine(target, "index.html"),
                "<!DOCTYPE html><html lang=\"fr-BE\"><meta charset=\"utf-8\"><title>Documentation</title><p>La documentation des données n'a pas encore été générée (pipeline docs).</p></html>");
            return;
        }

        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
