namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// Watches memory during one phase from a background thread: the peak RSS (native and managed) and the peak
/// GC heap. Process.PeakWorkingSet64 would be process-wide and so include the setup and earlier phases.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    // 10 ms: fine enough to catch a phase's plateau, and a /proc read costs ~20 µs, so <0.5% of one core.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private readonly ManualResetEventSlim stop = new();
    private readonly Thread thread;
    private readonly long rssBefore;
    private readonly long managedBefore;
    private readonly bool exactPeak;
    private long rssPeak;
    private long managedPeak;
    private MemoryUsage? result;

    private MemorySampler()
    {
        rssBefore = ProcessMemory.CurrentRss();
        managedBefore = GC.GetTotalMemory(forceFullCollection: false);
        rssPeak = rssBefore;
        managedPeak = managedBefore;
        exactPeak = ProcessMemory.TryResetPeakRss();
        thread = new Thread(Run) { IsBackground = true, Name = "memory sampler" };
        thread.Start();
    }

    public static MemorySampler Start() => new();

    /// <summary>Stops sampling and returns the phase's figures (idempotent).</summary>
    public MemoryUsage Stop()
    {
        if (result is { } done)
        {
            return done;
        }

        stop.Set();
        thread.Join();
        Sample();
        var peak = rssPeak;
        if (exactPeak && ProcessMemory.PeakRss() is { } kernelPeak)
        {
            peak = Math.Max(peak, kernelPeak);
        }

        result = new MemoryUsage(rssBefore, peak, managedBefore, managedPeak, exactPeak);
        return result.Value;
    }

    public void Dispose()
    {
        Stop();
        stop.Dispose();
    }

    private void Run()
    {
        while (!stop.Wait(Interval))
        {
            Sample();
        }
    }

    private void Sample()
    {
        rssPeak = Math.Max(rssPeak, ProcessMemory.CurrentRss());
        managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(forceFullCollection: false));
    }
}

/// <summary>
/// Memory of one phase: RSS and GC heap at its start and at their peak during it. ExactPeak is true when the RSS
/// peak is the kernel's high-water mark rather than the sampled maximum.
/// </summary>
internal readonly record struct MemoryUsage(long RssBefore, long RssPeak, long ManagedBefore, long ManagedPeak, bool ExactPeak)
{
    /// <summary>What the phase added on top of what was resident when it started (the tables, the runtime).</summary>
    public long RssAdded => Math.Max(0, RssPeak - RssBefore);

    public long ManagedAdded => Math.Max(0, ManagedPeak - ManagedBefore);
}
