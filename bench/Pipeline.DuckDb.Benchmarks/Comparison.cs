namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// One benchmark: the provider's runs against the engine's runs of the same work. Times are medians over the
/// runs; memory figures are the worst run, since "flat" is a claim about the worst case. Target is the largest
/// acceptable ratio of our median time to the engine's.
/// </summary>
internal sealed record Comparison(string Name, string OursWork, string EngineWork, long Rows, double Target,
    IReadOnlyList<PhaseResult> Ours, IReadOnlyList<PhaseResult> Engine)
{
    public TimeSpan OursMedian => Median(Ours);

    public TimeSpan EngineMedian => Median(Engine);

    public double OursRowsPerSecond => Rows / OursMedian.TotalSeconds;

    public double EngineRowsPerSecond => Rows / EngineMedian.TotalSeconds;

    /// <summary>How many times longer the provider takes than the engine (= engine rows/s ÷ our rows/s).</summary>
    public double Ratio => OursMedian / EngineMedian;

    public bool MeetsTarget => Ratio <= Target;

    /// <summary>The same ratio in process CPU time (median of runs): the work done, whatever the parallelism.</summary>
    public double CpuRatio => MedianCpu(Ours) / MedianCpu(Engine);

    public static TimeSpan Median(IReadOnlyList<PhaseResult> runs) => Median(runs.Select(r => r.Elapsed));

    public static TimeSpan MedianCpu(IReadOnlyList<PhaseResult> runs) => Median(runs.Select(r => r.CpuTime));

    public static long WorstRssAdded(IReadOnlyList<PhaseResult> runs) => runs.Max(r => r.Memory.RssAdded);

    public static long WorstManagedAdded(IReadOnlyList<PhaseResult> runs) => runs.Max(r => r.Memory.ManagedAdded);

    public static double WorstAllocatedPerRow(IReadOnlyList<PhaseResult> runs) => runs.Max(r => r.AllocatedBytesPerRow);

    private static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
