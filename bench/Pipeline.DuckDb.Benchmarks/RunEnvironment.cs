using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>Where and when the figures were taken: they only mean something next to this.</summary>
internal sealed record RunEnvironment(
    DateTimeOffset StartedAt, string Machine, string Cpu, int Cores, string Os, string Runtime, string DuckDb, string GcMode, string LoadAtStart)
{
    /// <summary>
    /// The 1/5/15-minute load averages: on a shared 2-core machine other processes steal time from both sides
    /// of every ratio, and a load well above the core count explains noisy runs.
    /// </summary>
    public static string LoadAverage()
    {
        const string LoadAvg = "/proc/loadavg";
        return File.Exists(LoadAvg) ? string.Join(' ', File.ReadAllText(LoadAvg).Split(' ').Take(3)) : "n/a";
    }

    public static RunEnvironment Capture() => new(
        DateTimeOffset.Now,
        Environment.MachineName,
        CpuModel(),
        Environment.ProcessorCount,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        DuckDBConnection.LibraryVersion,
        System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
        LoadAverage());

    private static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (File.Exists(CpuInfo))
        {
            var line = File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
