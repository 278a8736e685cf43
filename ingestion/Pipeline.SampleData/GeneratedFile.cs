using Pipeline.SampleData.Defects;

namespace Pipeline.SampleData;

/// <summary>What one generated file is, for the manifest and for tests.</summary>
public sealed record GeneratedFile(
    string RelativePath,
    string Federation,
    string? Dataset,
    int Year,
    string Kind,
    long Rows,
    IReadOnlyDictionary<RowDefect, int> Defects)
{
    /// <summary>A normal extract.</summary>
    public const string Extract = "extract";

    /// <summary>A file of zero bytes.</summary>
    public const string Empty = "empty";

    /// <summary>An identical copy of another file, sent again.</summary>
    public const string Resent = "resent";

    /// <summary>A corrected version (<c>_v2</c>) superseding an earlier file.</summary>
    public const string Corrected = "corrected";

    /// <summary>A file carrying direct identifiers, which ingestion must refuse.</summary>
    public const string Identifiers = "identifiers";
}
