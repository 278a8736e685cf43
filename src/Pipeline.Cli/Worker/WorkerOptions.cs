namespace Pipeline.Cli.Worker;

/// <summary>Settings of the worker besides pipeline.yaml's schedule: retry and inbox settling.</summary>
internal sealed record WorkerOptions
{
    /// <summary>Waits before each new attempt of a run that failed on a transient error.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays { get; init; } = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)];

    /// <summary>How long the inbox must stay unchanged before new files trigger a run.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the inbox is compared with its last listing, besides the watcher.</summary>
    public TimeSpan ScanInterval { get; init; } = TimeSpan.FromMinutes(1);
}
