using System.Globalization;
using System.Text;

namespace Pipeline.Transforms.Docs;

/// <summary>Draws the arranged lineage as inline SVG: one linked box per node, curved edges from parent to child.</summary>
internal static class LineageSvg
{
    private const double CharWidth = 7.4;
    private const double BoxHeight = 28;
    private const double RowGap = 14;
    private const double ColumnGap = 70;
    private const double Margin = 16;

    public static string Render(IReadOnlyList<IReadOnlyList<LineageNode>> layers)
    {
        if (layers.Count == 0)
        {
            return "";
        }

        var all = layers.SelectMany(l => l).ToList();
        var boxWidth = Math.Clamp(all.Max(n => n.Label.Length) * CharWidth + 24, 120, 340);
        var rows = layers.Max(l => l.Count);
        var width = Margin * 2 + layers.Count * boxWidth + (layers.Count - 1) * ColumnGap;
        var height = Margin * 2 + rows * BoxHeight + (rows - 1) * RowGap;
        var byId = all.ToDictionary(n => n.Id, StringComparer.OrdinalIgnoreCase);

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" width=\"{width:0}\" height=\"{height:0}\" "))
            .Append(Invariant($"viewBox=\"0 0 {width:0} {height:0}\" role=\"img\" aria-label=\"Graphe de lignée des modèles\">\n"));
        foreach (var node in all)
        {
            foreach (var parent in node.Parents.Where(byId.ContainsKey).Select(p => byId[p]))
            {
                var (x1, y1) = (X(parent) + boxWidth, Y(parent) + BoxHeight / 2);
                var (x2, y2) = (X(node), Y(node) + BoxHeight / 2);
                var bend = (x2 - x1) / 2;
                svg.Append(Invariant($"  <path class=\"edge\" d=\"M{x1:0.#},{y1:0.#} "))
                    .Append(Invariant($"C{x1 + bend:0.#},{y1:0.#} {x2 - bend:0.#},{y2:0.#} {x2:0.#},{y2:0.#}\"/>\n"));
            }
        }

        foreach (var node in all)
        {
            var id = Html.Encode(node.Id);
            var label = Html.Encode(node.Label);
            svg.Append(Invariant($"  <a href=\"#{id}\"><g class=\"node {node.Kind.ToString().ToLowerInvariant()}\">"))
                .Append(Invariant($"<rect x=\"{X(node):0.#}\" y=\"{Y(node):0.#}\" width=\"{boxWidth:0.#}\" height=\"{BoxHeight:0}\" rx=\"6\"/>"))
                .Append(Invariant($"<text x=\"{X(node) + 10:0.#}\" y=\"{Y(node) + BoxHeight / 2 + 4:0.#}\">{label}</text>"))
                .Append("<title>").Append(label).Append("</title></g></a>\n");
        }

        return svg.Append("</svg>").ToString();

        double X(LineageNode n) => Margin + n.Layer * (boxWidth + ColumnGap);
        double Y(LineageNode n) => Margin + n.Rank * (BoxHeight + RowGap);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
