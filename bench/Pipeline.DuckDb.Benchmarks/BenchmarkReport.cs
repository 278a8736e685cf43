namespace Pipeline.DuckDb.Benchmarks;

/// <summary>Everything one run of the program measured, for the table and the JSON.</summary>
internal sealed record BenchmarkReport(
    RunEnvironment Environment,
    BenchmarkOptions Options,
    SetupFigures Setup,
    Comparison ReadSmall,
    Comparison ReadFull,
    Comparison Append,
    IReadOnlyList<BreakdownLine> Breakdown,
    string LoadAtEnd)
{
    /// <summary>Below this, RSS differences are allocator noise (arenas, GC segments) rather than growth.</summary>
    public const long FlatNoiseBytes = 32L * 1024 * 1024;

    public long ReaderRssAddedSmall => Comparison.WorstRssAdded(ReadSmall.Ours);

    public long ReaderRssAddedFull => Comparison.WorstRssAdded(ReadFull.Ours);

    /// <summary>How much the reader's added RSS grew when the rows grew 10×.</summary>
    public double ReaderMemoryGrowth => (double)Math.Max(ReaderRssAddedFull, 1) / Math.Max(ReaderRssAddedSmall, 1);

    /// <summary>
    /// Flat: with 10× the rows the reader's added RSS at most doubles, or stays within the noise band. A reader
    /// that buffered the result would grow ~10×.
    /// </summary>
    public bool ReaderMemoryFlat => ReaderRssAddedFull <= Math.Max(2 * ReaderRssAddedSmall, FlatNoiseBytes);
}

/// <summary>
/// The database the benchmarks ran against. RssAfterSetup is resident memory once the tables exist, mostly DuckDB's
/// buffer manager holding them; DuckDbMemory is what that buffer manager itself reports (duckdb_memory()).
/// </summary>
internal sealed record SetupFigures(string Database, TimeSpan FillTime, long RssBeforeSetup, long RssAfterSetup, long DuckDbMemory);

/// <summary>One line of the --breakdown profile: the read loop with only some getters called, K runs.</summary>
internal sealed record BreakdownLine(string Variant, IReadOnlyList<PhaseResult> Runs)
{
    public TimeSpan Median => Comparison.Median(Runs);

    public long Rows => Runs[0].Rows;
}
