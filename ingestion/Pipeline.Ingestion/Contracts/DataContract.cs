namespace Pipeline.Ingestion.Contracts;

/// <summary>
/// The contract of one source dataset (ingestion/contracts/&lt;dataset&gt;.yaml): its columns and rules, its
/// key, the column that gives the period, and the version written into every ingested row.
/// </summary>
public sealed record DataContract(
    string Dataset,
    string Version,
    string Description,
    IReadOnlyList<string> Key,
    string PeriodColumn,
    IReadOnlyList<ContractColumn> Columns,
    string SourcePath)
{
    public ContractColumn Column(string name) => Columns.Single(c => c.Name == name);

    /// <summary>
    /// Maps a file's normalised header names to contract columns: for each header position the column it
    /// designates, or null for a header the contract does not know.
    /// </summary>
    public IReadOnlyList<ContractColumn?> Map(IReadOnlyList<string> normalisedHeader)
    {
        var byName = Columns.SelectMany(c => c.Names.Select(n => (Name: n, Column: c)))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Column, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        return normalisedHeader.Select(h => byName.TryGetValue(h, out var column) && used.Add(column.Name) ? column : null).ToList();
    }

    /// <summary>Share of the contract's required columns found in a header: how well a file matches this dataset.</summary>
    public double Coverage(IReadOnlyList<string> normalisedHeader)
    {
        var mapped = Map(normalisedHeader).OfType<ContractColumn>().Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var required = Columns.Where(c => c.Required).ToList();
        return required.Count == 0 ? 0 : required.Count(c => mapped.Contains(c.Name)) / (double)required.Count;
    }
}
