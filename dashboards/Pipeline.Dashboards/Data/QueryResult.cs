namespace Pipeline.Dashboards.Data;

/// <summary>
/// The rows a page query returned. A null value in a row that disclosure control touched
/// (<c>is_suppressed</c>) is a hidden cell, shown as « c »; a null elsewhere is simply missing (« — »).
/// </summary>
public sealed class QueryResult
{
    private readonly Dictionary<string, int> ordinals;
    private readonly int suppressedOrdinal;
    private readonly int maskedListOrdinal;

    public QueryResult(string name, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        Name = name;
        Columns = columns;
        Rows = rows;
        ordinals = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        suppressedOrdinal = ordinals.GetValueOrDefault("is_suppressed", -1);
        maskedListOrdinal = ordinals.GetValueOrDefault("valeurs_masquees", -1);
    }

    public string Name { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<object?[]> Rows { get; }

    public bool Has(string column) => ordinals.ContainsKey(column);

    public int Ordinal(string column) => ordinals.TryGetValue(column, out var i)
        ? i
        : throw new KeyNotFoundException(column);

    public object? Value(object?[] row, string column) => row[Ordinal(column)];

    /// <summary>True when the cell is hidden by disclosure control.</summary>
    public bool IsMasked(object?[] row, string column)
    {
        if (row[Ordinal(column)] is not null)
        {
            return false;
        }

        if (maskedListOrdinal >= 0 && row[maskedListOrdinal] is System.Collections.IEnumerable list
            && list.Cast<object?>().Any(c => string.Equals(c as string, column, StringComparison.Ordinal)))
        {
            return true;
        }

        // a ratio of a hidden term is null without being listed: still hidden, not missing
        return suppressedOrdinal >= 0 && row[suppressedOrdinal] is true;
    }

    /// <summary>The source federations of the given rows (the column <c>source_federations</c>), sorted.</summary>
    public IReadOnlyList<string> SourceFederations(IEnumerable<object?[]> rows) => Has("source_federations")
        ? [.. rows.SelectMany(r => r[Ordinal("source_federations")] is System.Collections.IEnumerable l ? l.Cast<object?>().OfType<string>() : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]
        : [];
}
