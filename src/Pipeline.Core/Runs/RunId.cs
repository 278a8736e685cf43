using System.Globalization;

namespace Pipeline.Core.Runs;

/// <summary>Run ids: the UTC start time, sortable, and four random hex digits (<c>20261122T020000Z-3fa1</c>).</summary>
public static class RunId
{
    public static string New(DateTimeOffset startedAt) =>
        startedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)
        + "-" + Random.Shared.Next(0x10000).ToString("x4", CultureInfo.InvariantCulture);
}
