using Pipeline.Transforms.Dependencies;

namespace Pipeline.Transforms.Discovery;

/// <summary>A model or singular test file, read and rewritten, with what DuckDB's parser found in it.</summary>
internal sealed record SqlFile(string Name, string FilePath, RewrittenSql Rewritten)
{
    public ParseOutcome Parsed { get; set; } = new();
}
