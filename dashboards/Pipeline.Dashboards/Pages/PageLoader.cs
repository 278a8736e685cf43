using Pipeline.Core;

namespace Pipeline.Dashboards.Pages;

/// <summary>
/// The site's pages: every <c>*.md</c> of the pages folder, a template page (<c>template: federation</c> or
/// <c>template: region</c>) expanded into one page per federation or region of pipeline.yaml, its
/// <c>{{federation}}</c>, <c>{{federation_nom}}</c>, <c>{{region}}</c> and <c>{{region_nom}}</c> replaced.
/// </summary>
public static class PageLoader
{
    public static IReadOnlyList<Page> Load(PipelineProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!Directory.Exists(project.PagesPath))
        {
            throw new PipelineException($"Dossier des pages introuvable : {project.PagesPath} (dashboards.pages dans pipeline.yaml).");
        }

        var pages = new List<Page>();
        foreach (var file in Directory.GetFiles(project.PagesPath, "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var stem = Path.GetFileNameWithoutExtension(file);
            switch (PageParser.TemplateOf(text, file))
            {
                case null:
                    pages.Add(PageParser.Parse(text, file, stem));
                    break;
                case "federation":
                    pages.AddRange(project.Options.Federations.Select(f => PageParser.Parse(
                        Fill(text, ("federation", f.Code), ("federation_nom", f.Name)), file, $"{stem}-{f.Code.ToLowerInvariant()}")));
                    break;
                case "region":
                    pages.AddRange(new[] { ("WAL", "Wallonie"), ("BRU", "Bruxelles") }.Select(r => PageParser.Parse(
                        Fill(text, ("region", r.Item1), ("region_nom", r.Item2)), file, $"{stem}-{r.Item1.ToLowerInvariant()}")));
                    break;
                case var other:
                    throw new PageException(file, 2, $"template « {other} » inconnu : federation ou region.");
            }
        }

        var duplicate = pages.GroupBy(p => p.Slug).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? pages : throw new PipelineException($"Deux pages portent le nom « {duplicate.Key} ».");
    }

    private static string Fill(string text, params (string Key, string Value)[] values) =>
        values.Aggregate(text, (t, v) => t.Replace("{{" + v.Key + "}}", v.Value, StringComparison.Ordinal));
}
