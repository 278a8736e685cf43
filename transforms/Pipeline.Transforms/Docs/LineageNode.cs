namespace Pipeline.Transforms.Docs;

/// <summary>A box of the lineage graph: a source, seed or model, placed in a layer (column) at a rank (row).</summary>
internal sealed record LineageNode(string Id, string Label, LineageNodeKind Kind, IReadOnlyList<string> Parents)
{
    public int Layer { get; set; }

    public double Rank { get; set; }
}

internal enum LineageNodeKind
{
    Source,
    Seed,
    View,
    Table,
    Parquet,
}
