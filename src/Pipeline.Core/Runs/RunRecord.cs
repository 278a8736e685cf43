namespace Pipeline.Core.Runs;

/// <summary>One row of <c>run_history</c>.</summary>
public sealed record RunRecord
{
    public required string RunId { get; init; }

    /// <summary><c>cli</c>, <c>schedule</c>, <c>inbox</c> or <c>demo</c>.</summary>
    public required string Trigger { get; init; }

    public required DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; init; }

    public required string Status { get; init; }

    public string? Error { get; init; }

    public int ProcessId { get; init; }
}

/// <summary>One row of <c>run_steps</c>.</summary>
public sealed record RunStepRecord
{
    public required string RunId { get; init; }

    /// <summary><c>ingest</c>, <c>build</c> or <c>dashboards</c>.</summary>
    public required string Step { get; init; }

    public required DateTime StartedAt { get; init; }

    public DateTime? FinishedAt { get; init; }

    public required string Status { get; init; }

    /// <summary>Rows the step wrote: valid rows ingested, rows stored by models, pages published.</summary>
    public long? Rows { get; init; }

    /// <summary>A short French account of what the step did.</summary>
    public string? Detail { get; init; }

    public string? Error { get; init; }
}
