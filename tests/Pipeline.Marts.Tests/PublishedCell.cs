namespace Pipeline.Marts.Tests;

/// <summary>One published cell: its coordinates ('TOUS' for a total along a dimension) and value (null = hidden).</summary>
internal sealed record PublishedCell(IReadOnlyDictionary<string, string> Coordinates, double? Value)
{
    public bool IsHidden => Value is null;
}
