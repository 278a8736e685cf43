using Pipeline.Transforms.Artifacts;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Docs;

/// <summary>The detail sections: sources, seeds and models with their columns and tests; singular tests.</summary>
internal sealed partial class DocsPage
{
    private void AppendSources()
    {
        if (graph.Sources.Count == 0)
        {
            return;
        }

        html.Append("<h2>Sources</h2>\n");
        foreach (var source in graph.Sources)
        {
            html.Append("<article id=\"").Append(Encode(SourceId(source.QualifiedName))).Append("\">\n")
                .Append("<h3>").Append(Encode(source.QualifiedName)).Append("</h3>\n")
                .Append("<p class=\"badges\"><span>").Append(source.IsLakeDataset ? "jeu du lac" : "table déclarée").Append("</span>")
                .Append(source.IsLakeDataset && !source.HasData ? "<span>pas encore de données</span>" : "").Append("</p>\n");
            AppendDescription(source.Description);
            var readers = graph.Nodes.Where(n => n.Sources.Contains(source.QualifiedName, StringComparer.OrdinalIgnoreCase));
            AppendLinks("Lue par", readers.Select(n => n.UniqueId));
            var tests = graph.Tests.Where(t => t.Sources.Contains(source.QualifiedName) && t.DependsOn.Count == 0);
            AppendColumns(catalog.Merge(source.Schema, source.Name, source.Columns), tests);
            html.Append("</article>\n");
        }
    }

    private void AppendNode(ModelNode node)
    {
        var kind = node.Kind == NodeKind.Seed ? "seed" : ArtifactNames.Of(node.Materialization) switch
        {
            "view" => "vue",
            "table" => "table",
            _ => "table + export Parquet",
        };
        html.Append("<article id=\"").Append(Encode(node.UniqueId)).Append("\">\n<h3>").Append(Encode(node.Name)).Append("</h3>\n")
            .Append("<p class=\"badges\"><span>").Append(kind).Append("</span>");
        foreach (var tag in node.Tags)
        {
            html.Append("<span>#").Append(Encode(tag)).Append("</span>");
        }

        html.Append("</p>\n<p class=\"path\">").Append(Encode(node.RelativePath)).Append("</p>\n");
        AppendDescription(node.Description);
        AppendLinks("Lit", node.DependsOn.Select(d => graph.Find(d)!.UniqueId).Concat(node.Sources.Select(SourceId)));
        AppendLinks("Lu par", graph.ChildrenOf(node.Name).Select(c => graph.Find(c)!.UniqueId));
        var tests = graph.Tests.Where(t => t.Kind != TestKind.Singular && string.Equals(t.Model, node.Name, StringComparison.OrdinalIgnoreCase));
        AppendColumns(catalog.Merge("main", node.Name, node.Columns), tests);
        html.Append("</article>\n");
    }

    private void AppendSingularTests()
    {
        var singular = graph.Tests.Where(t => t.Kind == TestKind.Singular).ToList();
        if (singular.Count == 0)
        {
            return;
        }

        html.Append("<h2>Tests singuliers</h2>\n<table><tr><th>Test</th><th>Sévérité</th><th>Lit</th><th>Description</th></tr>\n");
        foreach (var test in singular)
        {
            html.Append("<tr><td><code>").Append(Encode(test.Name)).Append("</code><br><span class=\"path\">").Append(Encode(test.RelativePath)).Append("</span></td><td>")
                .Append(ArtifactNames.Of(test.Severity)).Append("</td><td>")
                .Append(string.Join(", ", test.DependsOn.Select(d => Link(graph.Find(d)!.UniqueId)).Concat(test.Sources.Select(s => Link(SourceId(s))))))
                .Append("</td><td>").Append(Encode(test.Description)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private void AppendDescription(string? description) =>
        html.Append(description is null ? "<p class=\"muted\">Pas de description.</p>\n" : $"<p>{Encode(description)}</p>\n");

    private void AppendLinks(string label, IEnumerable<string> ids)
    {
        var links = ids.Select(Link).ToList();
        if (links.Count > 0)
        {
            html.Append("<p><strong>").Append(label).Append(" :</strong> ").Append(string.Join(", ", links)).Append("</p>\n");
        }
    }

    private void AppendColumns(IReadOnlyList<ColumnInfo> columns, IEnumerable<DataTest> tests)
    {
        var testList = tests.ToList();
        if (columns.Count > 0)
        {
            html.Append("<table><tr><th>Colonne</th><th>Type</th><th>Description</th><th>Tests</th></tr>\n");
            foreach (var column in columns)
            {
                var onColumn = testList.Where(t => string.Equals(t.Column, column.Name, StringComparison.OrdinalIgnoreCase));
                html.Append("<tr><td><code>").Append(Encode(column.Name)).Append("</code></td><td>").Append(Encode(column.DataType))
                    .Append("</td><td>").Append(Encode(column.Description)).Append("</td><td>")
                    .Append(string.Join("<br>", onColumn.Select(Describe))).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        var others = testList.Where(t => !columns.Any(c => string.Equals(c.Name, t.Column, StringComparison.OrdinalIgnoreCase))).ToList();
        if (others.Count > 0)
        {
            html.Append("<p><strong>Tests :</strong> ").Append(string.Join(", ", others.Select(Describe))).Append("</p>\n");
        }
    }

    private static string Describe(DataTest test)
    {
        var detail = test.Kind switch
        {
            TestKind.AcceptedValues => $" ({test.Arguments.GetValueOrDefault("values")})",
            TestKind.Relationships => $" (→ {test.Arguments.GetValueOrDefault("to")}.{test.Arguments.GetValueOrDefault("field")})",
            _ => "",
        };
        var warn = test.Severity == TestSeverity.Warn ? " <span class=\"muted\">(avertissement)</span>" : "";
        return $"<code>{ArtifactNames.Of(test.Kind)}</code>{Encode(detail)}{warn}";
    }

    private string Link(string id)
    {
        var label = id.StartsWith("source.", StringComparison.Ordinal) ? id["source.".Length..] : id[(id.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return $"<a href=\"#{Encode(id)}\"><code>{Encode(label)}</code></a>";
    }
}
