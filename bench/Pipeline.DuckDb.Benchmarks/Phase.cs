using System.Diagnostics;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>Times a phase and watches its memory; everything outside <c>work</c> (setup, checks, DROP) is untimed.</summary>
internal static class Phase
{
    public static PhaseResult Measure(long rows, Action work) => Measure(rows, () =>
    {
        work();
        return true;
    }).Result;

    public static (PhaseResult Result, T Value) Measure<T>(long rows, Func<T> work)
    {
        // Garbage from earlier phases must not be collected (or counted) inside this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        using var process = Process.GetCurrentProcess();
        using var sampler = MemorySampler.Start();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var value = work();
        watch.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return (new PhaseResult(rows, watch.Elapsed, cpu, sampler.Stop(), allocated), value);
    }
}
