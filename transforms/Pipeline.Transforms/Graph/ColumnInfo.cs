namespace Pipeline.Transforms.Graph;

/// <summary>A column as documented in YAML and/or found in the warehouse.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Description">Description from the YAML, if any.</param>
/// <param name="DataType">Type declared in the YAML (<c>data_type</c>) or, once built, the warehouse's.</param>
public sealed record ColumnInfo(string Name, string? Description, string? DataType);
