namespace Pipeline.Core.Configuration;

/// <summary>The <c>ingestion</c> section.</summary>
public sealed record IngestionOptions
{
    /// <summary>Folder of the data contracts, one YAML file per source dataset.</summary>
    public string Contracts { get; init; } = "ingestion/contracts";
}
