using Pipeline.Ingestion;

namespace Pipeline.Cli.Worker;

/// <summary>How the worker behaves beyond the schedule of <c>pipeline.yaml</c>: retries and the inbox trigger.</summary>
internal sealed record WorkerOptions
{
    /// <summary>Waits before each retry of a run that failed on a transient error; their count is the number of retries.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(8)];

    /// <summary>Whether a settled new file in the inbox starts a run (<c>schedule.watch_inbox</c>).</summary>
    public bool WatchInbox { get; init; } = true;

    /// <summary>How long a new inbox file must stay unchanged before a run starts (the ingestion's own settle time).</summary>
    public InboxWatcherOptions Inbox { get; init; } = InboxWatcherOptions.Default;
}
