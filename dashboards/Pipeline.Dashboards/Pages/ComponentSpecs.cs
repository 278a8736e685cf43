namespace Pipeline.Dashboards.Pages;

/// <summary>The kinds of chart a page may ask for.</summary>
public enum ChartKind
{
    Line,
    Bar,
    Area,
    Scatter,
}

/// <summary>A <c>```chart</c> block.</summary>
public sealed record ChartSpec
{
    public required ChartKind Kind { get; init; }

    /// <summary>The query whose rows are plotted.</summary>
    public required string Data { get; init; }

    public required string X { get; init; }

    /// <summary>One or more value columns; several make one series each.</summary>
    public required IReadOnlyList<string> Y { get; init; }

    /// <summary>A column whose values make one series each.</summary>
    public string? Series { get; init; }

    /// <summary>Horizontal bars.</summary>
    public bool Horizontal { get; init; }

    /// <summary>Stacked bars or areas (else grouped).</summary>
    public bool Stacked { get; init; }

    public ValueFormat Format { get; init; } = ValueFormat.Nombre;

    public string? Title { get; init; }

    public string? XLabel { get; init; }

    public string? YLabel { get; init; }

    /// <summary>Text alternative for screen readers; a sentence is generated when absent.</summary>
    public string? Alt { get; init; }
}

/// <summary>A <c>```kpi</c> block: the latest value of a column and its change from the previous period.</summary>
public sealed record KpiSpec
{
    public required string Data { get; init; }

    public required string Value { get; init; }

    /// <summary>The period column (latest period shown, compared with the one before).</summary>
    public string Period { get; init; } = "annee";

    public required string Label { get; init; }

    public ValueFormat Format { get; init; } = ValueFormat.Nombre;

    /// <summary>What the figure means, for « citer ce chiffre ».</summary>
    public string? Definition { get; init; }

    /// <summary>The published mart the figure comes from, for « citer ce chiffre ».</summary>
    public string? Source { get; init; }

    /// <summary>Where a rise is good news (true), bad news (false) or neither (null).</summary>
    public bool? HigherIsBetter { get; init; }
}

/// <summary>A <c>```table</c> block.</summary>
public sealed record TableSpec
{
    public required string Data { get; init; }

    /// <summary>Columns shown, in order, with their French headers; all columns when empty.</summary>
    public IReadOnlyList<(string Column, string Header)> Columns { get; init; } = [];

    /// <summary>Number format per column (others: by name).</summary>
    public IReadOnlyDictionary<string, ValueFormat> Formats { get; init; } = new Dictionary<string, ValueFormat>();

    public string? Title { get; init; }
}

/// <summary>How a number reads, Belgian style.</summary>
public enum ValueFormat
{
    /// <summary>12 345</summary>
    Nombre,

    /// <summary>12 345,6</summary>
    Decimal,

    /// <summary>58,3 % (values are shares 0–1)</summary>
    Pct,

    /// <summary>12 345 €</summary>
    Eur,

    /// <summary>12 345 h</summary>
    Heures,

    /// <summary>1,85</summary>
    Ratio,

    /// <summary>84,9</summary>
    Indice,

    /// <summary>Text, as is.</summary>
    Texte,
}
