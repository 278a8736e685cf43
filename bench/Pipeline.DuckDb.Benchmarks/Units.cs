using System.Globalization;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>Number formatting for the table, culture-invariant so the output diffs cleanly between machines.</summary>
internal static class Units
{
    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture) + " MB";

    public static string RowsPerSecond(double value) => value >= 1e6
        ? (value / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " M"
        : (value / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " k";

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture) + " s";

    public static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture) + "x";

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Bytes(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + " B";
}
