namespace Pipeline.Ingestion.Manifest;

/// <summary>One row of the ingest manifest: a received table and what became of it.</summary>
public sealed record ManifestEntry
{
    public required string UnitId { get; init; }

    public required string Sha256 { get; init; }

    public required string ReceivedPath { get; init; }

    public required string LandingPath { get; init; }

    public required string Federation { get; init; }

    public string? Dataset { get; init; }

    public string? Sheet { get; init; }

    public int? Period { get; init; }

    public required string FileFormat { get; init; }

    public long RowsRead { get; init; }

    public long RowsOk { get; init; }

    public long RowsQuarantined { get; init; }

    public required string Status { get; init; }

    public string? Reason { get; init; }

    public string? ContractVersion { get; init; }

    public DateTime ReceivedAt { get; init; }

    public DateTime ProcessedAt { get; init; }

    public string? SupersededBy { get; init; }

    public string? ReportPath { get; init; }
}
