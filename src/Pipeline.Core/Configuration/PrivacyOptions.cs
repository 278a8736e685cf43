namespace Pipeline.Core.Configuration;

/// <summary>The <c>privacy</c> section: disclosure-control thresholds applied before anything is published.</summary>
public sealed record PrivacyOptions
{
    /// <summary>Person counts below this are suppressed.</summary>
    public int MinCell { get; init; } = 5;

    /// <summary>Rates whose denominator is below this are suppressed.</summary>
    public int MinDenominator { get; init; } = 10;

    /// <summary>A published cell must rest on at least this many operators (centres).</summary>
    public int MinOperators { get; init; } = 3;

    /// <summary>A cell is suppressed when one operator contributes more than this share of it, in (0, 1].</summary>
    public double MaxDominance { get; init; } = 0.85;
}
