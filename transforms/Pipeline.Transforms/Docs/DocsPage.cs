using System.Globalization;
using System.Text;
using Pipeline.Transforms.Artifacts;
using Pipeline.Transforms.Graph;

namespace Pipeline.Transforms.Docs;

/// <summary>
/// The lineage page: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched) with
/// the graph, then every source, seed and model with its description, columns and tests. In French: the
/// sector's policy officers read it.
/// </summary>
internal sealed partial class DocsPage(string projectName, TransformGraph graph, WarehouseCatalog catalog, DateTimeOffset generatedAt)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-BE");

    private readonly StringBuilder html = new();

    public string Render()
    {
        var models = graph.Nodes.Count(n => n.Kind == NodeKind.Model);
        var seeds = graph.Nodes.Count(n => n.Kind == NodeKind.Seed);
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Lignée des données — ").Append(Encode(projectName)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>Lignée des données « ").Append(Encode(projectName)).Append(" »</h1>\n<p>")
            .Append(Encode(string.Create(French, $"{models} modèle(s), {seeds} seed(s), {graph.Sources.Count} source(s), "
                + $"{graph.Tests.Count} test(s) — généré le {generatedAt.ToLocalTime():dd/MM/yyyy à HH:mm}.")))
            .Append("</p></header>\n<main>\n");

        if (graph.Nodes.Count == 0 && graph.Sources.Count == 0)
        {
            html.Append("<p class=\"empty\">Aucun modèle dans ce projet pour l'instant : ")
                .Append("ajoutez des fichiers .sql sous les dossiers de modèles.</p>\n");
        }
        else
        {
            html.Append("<section class=\"graph\"><h2>Graphe</h2>\n<p class=\"legend\">")
                .Append("<span class=\"key source\">source du lac</span> <span class=\"key seed\">seed</span> ")
                .Append("<span class=\"key view\">vue</span> <span class=\"key table\">table</span> <span class=\"key parquet\">table + Parquet</span>")
                .Append(" — cliquez sur une boîte pour voir son détail.</p>\n<div class=\"scroll\">\n")
                .Append(LineageSvg.Render(LineageLayout.Arrange(LineageNodes())))
                .Append("\n</div></section>\n");
            AppendSources();
            foreach (var (kind, title) in new[] { (NodeKind.Seed, "Seeds"), (NodeKind.Model, "Modèles") })
            {
                var nodes = graph.Nodes.Where(n => n.Kind == kind).ToList();
                if (nodes.Count > 0)
                {
                    html.Append("<h2>").Append(title).Append("</h2>\n");
                    nodes.ForEach(AppendNode);
                }
            }

            AppendSingularTests();
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private List<LineageNode> LineageNodes()
    {
        var nodes = graph.Sources.Select(s => new LineageNode(SourceId(s.QualifiedName), s.QualifiedName, LineageNodeKind.Source, [])).ToList();
        nodes.AddRange(graph.Nodes.Select(n => new LineageNode(
            n.UniqueId,
            n.Name,
            n.Kind == NodeKind.Seed ? LineageNodeKind.Seed : (LineageNodeKind)((int)LineageNodeKind.View + (int)n.Materialization),
            [.. n.DependsOn.Select(d => graph.Find(d)!.UniqueId), .. n.Sources.Select(SourceId)])));
        return nodes;
    }

    private static string SourceId(string qualifiedName) => "source." + qualifiedName;

    private static string Encode(string? text) => Html.Encode(text);

    private const string Css = """
        :root { --ink: #1d2733; --muted: #5b6775; --line: #d5dbe3; --source: #e8f1fb; --seed: #fff4d6; --view: #eaf7ee; --table: #e3efe6; --parquet: #d6ecdf; }
        body { font: 15px/1.5 system-ui, "Segoe UI", sans-serif; color: var(--ink); margin: 0; background: #fafbfc; }
        header { background: #17324d; color: white; padding: 18px 32px; }
        header h1 { margin: 0; font-size: 1.5em; } header p { margin: 4px 0 0; opacity: .85; }
        main { padding: 16px 32px 48px; max-width: 1400px; }
        h2 { margin-top: 32px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        .scroll { overflow: auto; border: 1px solid var(--line); background: white; border-radius: 8px; }
        svg.lineage text { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; fill: var(--ink); }
        svg.lineage rect { stroke: #8796a8; stroke-width: 1; fill: white; }
        svg.lineage .source rect, .key.source { fill: var(--source); background: var(--source); }
        svg.lineage .seed rect, .key.seed { fill: var(--seed); background: var(--seed); }
        svg.lineage .view rect, .key.view { fill: var(--view); background: var(--view); }
        svg.lineage .table rect, .key.table { fill: var(--table); background: var(--table); }
        svg.lineage .parquet rect, .key.parquet { fill: var(--parquet); background: var(--parquet); }
        svg.lineage a:hover rect { stroke: #17324d; stroke-width: 2; }
        svg.lineage .edge { fill: none; stroke: #9aa7b6; stroke-width: 1.2; }
        .key { border: 1px solid #8796a8; border-radius: 4px; padding: 0 6px; font-size: .85em; }
        article { background: white; border: 1px solid var(--line); border-radius: 8px; padding: 12px 20px; margin: 16px 0; }
        article:target { outline: 3px solid #4a90d9; }
        article h3 { margin: 0 0 4px; font-family: ui-monospace, monospace; }
        .badges span { display: inline-block; font-size: .8em; border-radius: 4px; padding: 0 6px; margin-right: 4px; background: #eef1f5; }
        .path { color: var(--muted); font-family: ui-monospace, monospace; font-size: .85em; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: .92em; }
        th, td { text-align: left; border-bottom: 1px solid var(--line); padding: 4px 8px; vertical-align: top; }
        th { background: #f3f5f8; } td code { font-size: .95em; }
        .muted, .empty { color: var(--muted); }
        """;
}
