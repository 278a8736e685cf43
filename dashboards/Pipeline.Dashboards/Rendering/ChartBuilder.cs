using System.Globalization;
using Pipeline.Dashboards.Data;
using Pipeline.Dashboards.Pages;

namespace Pipeline.Dashboards.Rendering;

/// <summary>
/// Turns a chart block and its query's rows into a Plotly figure: one trace per series (or per value
/// column), Okabe–Ito colours (safe for colour-blind readers), French labels, Belgian separators. A
/// hidden cell is plotted as a gap, never as a value, and its hover says « c ».
/// </summary>
public static class ChartBuilder
{
    /// <summary>Okabe and Ito's palette, distinguishable with every common colour-vision deficiency.</summary>
    public static readonly IReadOnlyList<string> Palette =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"];

    public static PlotlyFigure Build(ChartSpec spec, QueryResult data, IReadOnlyList<string> filters, Func<string, string> label)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(label);
        var series = spec.Series is { } column
            ? data.Rows.Select(r => BelgianFormat.Text(data.Value(r, column))).Distinct(StringComparer.Ordinal)
                .Select(s => (Name: s, Y: spec.Y[0], Rows: data.Rows.Where(r => BelgianFormat.Text(data.Value(r, column)) == s).ToList()))
                .ToList()
            : [.. spec.Y.Select(y => (Name: label(y), Y: y, Rows: data.Rows.ToList()))];

        var traces = series.Select((s, i) => Trace(spec, data, filters, s.Name, s.Y, s.Rows, Palette[i % Palette.Count])).ToList();
        var whole = spec.Format is not (ValueFormat.Pct or ValueFormat.Ratio or ValueFormat.Decimal);
        var valueAxis = new PlotlyAxis
        {
            Title = new PlotlyText(spec.YLabel ?? (spec.Y.Count == 1 ? label(spec.Y[0]) : "")),
            TickFormat = whole ? ",.0f" : spec.Format == ValueFormat.Pct ? ".0%" : ",.1f",
            RangeMode = spec.Kind == ChartKind.Scatter ? null : "tozero",
            DTick = whole ? WholeNumberStep(spec, traces) : null,
        };
        var categoryAxis = new PlotlyAxis
        {
            Title = new PlotlyText(spec.XLabel ?? label(spec.X)),
            Type = spec.Kind == ChartKind.Scatter ? null : "category",
        };
        return new PlotlyFigure(traces, new PlotlyLayout
        {
            // on the left: centred, a long title ran under the chart's toolbar (top right)
            Title = spec.Title is null ? null : new PlotlyText(spec.Title) { X = 0, XAnchor = "left" },
            XAxis = spec.Horizontal ? valueAxis : categoryAxis,
            YAxis = spec.Horizontal ? categoryAxis : valueAxis,
            BarMode = spec.Kind == ChartKind.Bar ? (spec.Stacked ? "stack" : "group") : null,
        });
    }

    /// <summary>
    /// A step of 1 for whole-number axes that reach at most 10: Plotly would otherwise tick every 0.5 and, rounded to
    /// whole numbers, label the axis « 0, 1, 1, 2, 2 ». Larger ranges get whole steps from Plotly itself.
    /// </summary>
    private static double? WholeNumberStep(ChartSpec spec, IReadOnlyList<PlotlyTrace> traces)
    {
        var values = traces.Select(t => (spec.Horizontal ? t.X : t.Y).Select(v => v is double d ? Math.Abs(d) : 0).ToList()).ToList();
        var top = spec.Stacked && values.Count > 0
            ? Enumerable.Range(0, values.Max(v => v.Count)).Select(i => values.Sum(v => i < v.Count ? v[i] : 0)).DefaultIfEmpty(0).Max()
            : values.SelectMany(v => v).DefaultIfEmpty(0).Max();
        return top is > 0 and <= 10 ? 1 : null;
    }

    /// <summary>A sentence describing the chart, for screen readers when the page gives no alt text.</summary>
    public static string Describe(ChartSpec spec, PlotlyFigure figure, Func<string, string> label)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(label);
        var kind = spec.Kind switch
        {
            ChartKind.Line => "Graphique en courbes",
            ChartKind.Bar => spec.Horizontal ? "Graphique en barres horizontales" : "Graphique en barres",
            ChartKind.Area => "Graphique en aires",
            _ => "Nuage de points",
        };
        var categories = figure.Data.SelectMany(t => spec.Horizontal ? t.Y : t.X).Select(BelgianFormat.Text).Distinct().ToList();
        var range = categories.Count > 0 ? $", {label(spec.X).ToLower(CultureInfo.GetCultureInfo("fr-BE"))} de {categories[0]} à {categories[^1]}" : "";
        return $"{kind} : {spec.Title ?? label(spec.Y[0])}, {figure.Data.Count} série(s) ({string.Join(", ", figure.Data.Select(t => t.Name))}){range}. Les données sont dans le tableau « Voir les données ».";
    }

    private static PlotlyTrace Trace(
        ChartSpec spec, QueryResult data, IReadOnlyList<string> filters, string name, string y, List<object?[]> rows, string color)
    {
        var categories = rows.Select(r => (object?)BelgianFormat.Text(data.Value(r, spec.X))).ToList();
        var values = rows.Select(r => data.IsMasked(r, y) ? null : BelgianFormat.TryDouble(data.Value(r, y), out var v) ? (object?)v : null).ToList();
        var texts = rows.Select(r => data.IsMasked(r, y) ? BelgianFormat.Masked + " (secret statistique)" : BelgianFormat.Shown(data, r, y, spec.Format)).ToList();
        var custom = rows.Select(r => (IReadOnlyList<string>)[.. filters.Select(f => data.Has(f) ? BelgianFormat.Text(data.Value(r, f)) : "")]).ToList();
        var (type, mode) = spec.Kind switch
        {
            ChartKind.Bar => ("bar", (string?)null),
            ChartKind.Scatter => ("scatter", "markers"),
            _ => ("scatter", "lines+markers"),
        };
        return new PlotlyTrace
        {
            Type = type,
            Mode = mode,
            Name = name,
            X = spec.Horizontal ? values : categories,
            Y = spec.Horizontal ? categories : values,
            Orientation = spec.Horizontal ? "h" : null,
            StackGroup = spec.Kind == ChartKind.Area ? (spec.Stacked ? "pile" : name) : null,
            Text = texts,
            TextPosition = spec.Kind == ChartKind.Bar ? "none" : null,
            HoverTemplate = $"<b>%{{fullData.name}}</b><br>%{{{(spec.Horizontal ? "y" : "x")}}} : %{{text}}<extra></extra>",
            CustomData = custom,
            Marker = new PlotlyMarker(color),
            Line = spec.Kind is ChartKind.Line or ChartKind.Area ? new PlotlyMarker(color) : null,
        };
    }
}
