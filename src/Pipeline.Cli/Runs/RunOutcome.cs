using Pipeline.Core.Runs;

namespace Pipeline.Cli.Runs;

/// <summary>What a run did: its id, status, steps, and the exception that failed it, if any.</summary>
internal sealed record RunOutcome
{
    public required string RunId { get; init; }

    public required string Trigger { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Elapsed { get; init; }

    public required IReadOnlyList<RunStepRecord> Steps { get; init; }

    /// <summary>French account of the failure; null when the run succeeded.</summary>
    public string? Error { get; init; }

    /// <summary>The exception behind the failure, for logs and the retry decision.</summary>
    public Exception? Exception { get; init; }

    public bool Succeeded => Status == RunStatus.Succeeded;
}
