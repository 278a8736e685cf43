using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Transforms.Benchmarks;

/// <summary>
/// Wall-clock and CPU time (all threads of the process, DuckDB's included) of repeated runs. CPU time is
/// far less sensitive than wall-clock to other processes competing for the machine's two cores.
/// </summary>
internal sealed class Timings(string label)
{
    private readonly List<(double Wall, double Cpu)> runs = [];

    public double BestWall => runs.Min(r => r.Wall);

    public double BestCpu => runs.Min(r => r.Cpu);

    public async Task MeasureAsync(Func<Task> action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await action();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        runs.Add((wall, (process.TotalProcessorTime - cpu).TotalSeconds));
    }

    public string Describe(Timings? baseline)
    {
        var all = string.Join(", ", runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Wall:0.00}/{r.Cpu:0.00}")));
        var ratio = baseline is null
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $"  (×{BestWall / baseline.BestWall:0.000} wall, ×{BestCpu / baseline.BestCpu:0.000} CPU)");
        return string.Create(CultureInfo.InvariantCulture,
            $"    {label,-20} best {BestWall,6:0.000} s wall, {BestCpu,6:0.000} s CPU{ratio}   runs wall/CPU s: [{all}]");
    }
}
