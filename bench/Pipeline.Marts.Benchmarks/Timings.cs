using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Marts.Benchmarks;

/// <summary>Wall-clock and CPU time (every thread of the process, DuckDB's included) of repeated runs.</summary>
internal sealed class Timings(string label)
{
    private readonly List<(double Wall, double Cpu)> runs = [];

    public string Label => label;

    public double BestWall => runs.Min(r => r.Wall);

    public double BestCpu => runs.Min(r => r.Cpu);

    public async Task MeasureAsync(Func<Task> action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await action();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        runs.Add((wall, (process.TotalProcessorTime - cpu).TotalSeconds));
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"    {label,-28} best {BestWall,7:0.00} s wall, {BestCpu,7:0.00} s CPU   runs: [{string.Join(", ", runs.Select(r => $"{r.Wall:0.00}/{r.Cpu:0.00}"))}]");
}
