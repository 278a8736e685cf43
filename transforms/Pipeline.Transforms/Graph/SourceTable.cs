namespace Pipeline.Transforms.Graph;

/// <summary>
/// A relation models read but the engine does not build: a lake dataset (<c>raw.&lt;dataset&gt;</c>) or
/// a table declared under <c>sources:</c> in a YAML file.
/// </summary>
public sealed record SourceTable
{
    /// <summary>The schema: <c>raw</c> for lake datasets.</summary>
    public required string Schema { get; init; }

    public required string Name { get; init; }

    /// <summary><c>raw.parcours</c>.</summary>
    public string QualifiedName => $"{Schema}.{Name}";

    /// <summary>True for a lake dataset (<c>raw.&lt;dataset&gt;</c>), read from Parquet under <c>lake/raw</c>.</summary>
    public bool IsLakeDataset { get; init; }

    /// <summary>For a lake dataset: whether <c>lake/raw/&lt;dataset&gt;</c> holds Parquet files yet.</summary>
    public bool HasData { get; init; } = true;

    public string? Description { get; init; }

    public IReadOnlyList<ColumnInfo> Columns { get; init; } = [];
}
