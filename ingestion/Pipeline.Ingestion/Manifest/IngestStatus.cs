namespace Pipeline.Ingestion.Manifest;

/// <summary>What became of a received table (one per file, or per sheet of a workbook).</summary>
public static class IngestStatus
{
    /// <summary>Valid rows are in the lake and current.</summary>
    public const string Ingested = "ingested";

    /// <summary>The same bytes were already received: nothing written.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A later file for the same federation, dataset and period replaced it.</summary>
    public const string Superseded = "superseded";

    /// <summary>Refused whole: it identifies people, or no row is valid. Kept in landing only.</summary>
    public const string Refused = "refused";

    /// <summary>No contract matches it.</summary>
    public const string Unrecognised = "unrecognised";

    /// <summary>No data: zero bytes or a header only.</summary>
    public const string Empty = "empty";

    /// <summary>Reading failed unexpectedly; retried on the next run.</summary>
    public const string Error = "error";
}
