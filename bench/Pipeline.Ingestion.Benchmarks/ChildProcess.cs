using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Ingestion.Benchmarks;

/// <summary>
/// Runs one measured step in a fresh copy of this benchmark, so that each step's peak memory is its own:
/// wall time from start to exit, peak RSS read from /proc/&lt;pid&gt;/status (VmHWM) until the child exits,
/// and what the child printed.
/// </summary>
internal static class ChildProcess
{
    public static Measurement Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Launched as `dotnet x.dll`, the child needs the dll; launched through the apphost it must not get it,
        // or it would take the dll for its first argument and start a whole benchmark of its own.
        if (Path.GetFileName(Environment.ProcessPath!) is "dotnet" or "dotnet.exe")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakRss(process.Id));
        }

        var elapsed = watch.Elapsed;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }

        return new Measurement(elapsed, peak, output.Result);
    }

    // VmHWM is the process's peak resident set so far; read while it runs (it disappears with the process).
    private static long PeakRss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

/// <summary>One measured step: wall time, peak RSS in bytes, the child's output.</summary>
internal sealed record Measurement(TimeSpan Elapsed, long PeakRssBytes, string Output)
{
    public double PeakRssGiB => PeakRssBytes / (1024.0 * 1024 * 1024);
}
