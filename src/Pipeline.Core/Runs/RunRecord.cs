namespace Pipeline.Core.Runs;

/// <summary>One run of the history.</summary>
public sealed record RunRecord(
    string RunId, string Trigger, DateTime StartedAt, DateTime? EndedAt, string Status, string? Error)
{
    /// <summary>Its steps, in order.</summary>
    public IReadOnlyList<StepRecord> Steps { get; init; } = [];
}

/// <summary>One step of a run: what it did, how long, how many rows.</summary>
public sealed record StepRecord(
    string Step, DateTime StartedAt, DateTime? EndedAt, string Status, long? Rows, string? Detail, string? Error);
