using System.Text.Json.Serialization;

namespace Pipeline.Dashboards.Rendering;

/// <summary>
/// The part of Plotly's figure schema the site uses, typed: traces and layout, serialised as the JSON
/// plotly.js reads (<c>Plotly.newPlot(div, figure.data, figure.layout, config)</c>).
/// </summary>
public sealed record PlotlyFigure(
    [property: JsonPropertyName("data")] IReadOnlyList<PlotlyTrace> Data,
    [property: JsonPropertyName("layout")] PlotlyLayout Layout);

/// <summary>One series.</summary>
public sealed record PlotlyTrace
{
    [JsonPropertyName("type")] public required string Type { get; init; }

    [JsonPropertyName("name")] public required string Name { get; init; }

    [JsonPropertyName("x")] public required IReadOnlyList<object?> X { get; init; }

    [JsonPropertyName("y")] public required IReadOnlyList<object?> Y { get; init; }

    [JsonPropertyName("mode")] public string? Mode { get; init; }

    [JsonPropertyName("orientation")] public string? Orientation { get; init; }

    [JsonPropertyName("stackgroup")] public string? StackGroup { get; init; }

    /// <summary>The formatted value of each point (« c » for a hidden one), shown on hover.</summary>
    [JsonPropertyName("text")] public IReadOnlyList<string>? Text { get; init; }

    [JsonPropertyName("hovertemplate")] public string? HoverTemplate { get; init; }

    /// <summary>Per point, its value of each page filter, in the page's filter order: what the client filters on.</summary>
    [JsonPropertyName("customdata")] public IReadOnlyList<IReadOnlyList<string>>? CustomData { get; init; }

    [JsonPropertyName("marker")] public PlotlyMarker? Marker { get; init; }

    [JsonPropertyName("line")] public PlotlyMarker? Line { get; init; }

    [JsonPropertyName("textposition")] public string? TextPosition { get; init; }
}

/// <summary>Colour of a trace.</summary>
public sealed record PlotlyMarker([property: JsonPropertyName("color")] string Color);

/// <summary>Layout: axes in French, Belgian separators, legend below.</summary>
public sealed record PlotlyLayout
{
    [JsonPropertyName("title")] public PlotlyText? Title { get; init; }

    [JsonPropertyName("xaxis")] public required PlotlyAxis XAxis { get; init; }

    [JsonPropertyName("yaxis")] public required PlotlyAxis YAxis { get; init; }

    [JsonPropertyName("barmode")] public string? BarMode { get; init; }

    /// <summary>Decimal then thousands separator: « , » and a thin space.</summary>
    [JsonPropertyName("separators")] public string Separators { get; init; } = ", ";

    [JsonPropertyName("legend")] public object Legend { get; init; } = new { orientation = "h", y = -0.2 };

    [JsonPropertyName("margin")] public object Margin { get; init; } = new { l = 60, r = 20, t = 40, b = 60 };

    [JsonPropertyName("font")] public object Font { get; init; } = new { family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size = 13 };

    [JsonPropertyName("hovermode")] public string HoverMode { get; init; } = "closest";
}

/// <summary>A title.</summary>
public sealed record PlotlyText([property: JsonPropertyName("text")] string Text)
{
    /// <summary>Horizontal position (0 = left edge); unset, Plotly centres it.</summary>
    [JsonPropertyName("x")] public double? X { get; init; }

    [JsonPropertyName("xanchor")] public string? XAnchor { get; init; }
}

/// <summary>An axis.</summary>
public sealed record PlotlyAxis
{
    [JsonPropertyName("title")] public PlotlyText? Title { get; init; }

    [JsonPropertyName("tickformat")] public string? TickFormat { get; init; }

    /// <summary>Step between ticks; unset, Plotly chooses.</summary>
    [JsonPropertyName("dtick")] public double? DTick { get; init; }

    [JsonPropertyName("type")] public string? Type { get; init; }

    [JsonPropertyName("automargin")] public bool AutoMargin { get; init; } = true;

    [JsonPropertyName("rangemode")] public string? RangeMode { get; init; }
}
