using System.Globalization;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// The process's resident memory (RSS), which counts DuckDB's native allocations as well as the GC heap. On
/// Linux it reads /proc directly: cheap enough to sample every few milliseconds, and the kernel's high-water
/// mark (VmHWM) can be reset per phase (clear_refs 5) to get an exact peak instead of a sampled one.
/// </summary>
internal static class ProcessMemory
{
    private const string Statm = "/proc/self/statm";
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    private static readonly bool HasProc = File.Exists(Statm);

    public static long CurrentRss()
    {
        if (!HasProc)
        {
            return Environment.WorkingSet;
        }

        // statm: size resident shared text lib data dt, in pages.
        var fields = File.ReadAllText(Statm).Split(' ');
        return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
    }

    /// <summary>Resets the kernel's peak-RSS mark to the current RSS; false where that is not possible.</summary>
    public static bool TryResetPeakRss()
    {
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The kernel's peak RSS since the last reset (VmHWM), or null where /proc is missing.</summary>
    public static long? PeakRss()
    {
        if (!HasProc)
        {
            return null;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return null;
    }
}
