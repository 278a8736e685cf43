namespace Pipeline.Transforms.Dependencies;

/// <summary>What DuckDB's parser made of one SQL text: the tables it reads, or why it is not one SELECT.</summary>
internal sealed record ParseOutcome
{
    public IReadOnlyList<TableReference> References { get; init; } = [];

    /// <summary>French explanation when the text is not exactly one valid SELECT; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Where the error lies (UTF-8 byte offset), when DuckDB says.</summary>
    public long? ErrorOffset { get; init; }

    public static ParseOutcome Failure(string error, long? offset = null) => new() { Error = error, ErrorOffset = offset };
}
