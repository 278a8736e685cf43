using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pipeline.Ingestion;

/// <summary>
/// Where a run's time went, stage by stage, summed over files and lanes: what `pipeline ingest` prints on
/// its last line and the ingestion benchmark reports, so that a slow night can be explained without a profiler.
/// </summary>
public sealed class IngestionTimings
{
    /// <summary>The stage of files that took the streamed path (reading, validation and lake at once).</summary>
    public const string StreamedCsv = "3 flux : lecture, validation, lac";

    /// <summary>The stage of the time spent on files the streamed path gave back to the full path.</summary>
    public const string StreamedCsvAbandoned = "3 flux abandonné";

    private readonly ConcurrentDictionary<string, (TimeSpan Time, int Count)> stages = new(StringComparer.Ordinal);

    /// <summary>Stage → total time and number of calls, in the order of the flow.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time, int Count)> Stages =>
        [.. stages.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value.Time, s.Value.Count))];

    public T Measure<T>(string stage, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return action();
        }
        finally
        {
            Add(stage, watch.Elapsed);
        }
    }

    public async Task<T> MeasureAsync<T>(string stage, Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return await action();
        }
        finally
        {
            Add(stage, watch.Elapsed);
        }
    }

    public void Measure(string stage, Action action) => Measure(stage, () =>
    {
        action();
        return 0;
    });

    internal void Add(string stage, TimeSpan elapsed) => stages.AddOrUpdate(stage, (elapsed, 1), (_, s) => (s.Time + elapsed, s.Count + 1));
}
