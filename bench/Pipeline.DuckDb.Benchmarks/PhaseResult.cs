namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// One timed run of one benchmark. AllocatedBytes are the managed bytes allocated by the benchmark thread: the
/// provider's and the loop's (DuckDB's own threads are native and allocate nothing managed). CpuTime is the
/// process's CPU time over the phase, all threads (ours, DuckDB's workers, the GC): it tells work apart from
/// parallelism, since the engine's copy spreads over every core where the reader mostly uses one.
/// </summary>
internal sealed record PhaseResult(long Rows, TimeSpan Elapsed, TimeSpan CpuTime, MemoryUsage Memory, long AllocatedBytes)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;

    public double AllocatedBytesPerRow => (double)AllocatedBytes / Rows;
}
