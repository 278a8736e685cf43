using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Results;

/// <summary>The outcome of one seed, model or test in a run.</summary>
public sealed record NodeResult
{
    /// <summary><c>model.x</c>, <c>seed.x</c> or <c>test.x</c>.</summary>
    public required string UniqueId { get; init; }

    public required string Name { get; init; }

    public required NodeKind Kind { get; init; }

    public required NodeStatus Status { get; init; }

    /// <summary>The file at the origin of the node (the <c>.yml</c> declaring a generic test), relative to the project.</summary>
    public string? RelativePath { get; init; }

    /// <summary>Line in <see cref="RelativePath"/> an error points to, when known.</summary>
    public int? Line { get; init; }

    /// <summary>Models: how they were stored.</summary>
    public Materialization? Materialization { get; init; }

    /// <summary>Seeds and tables: rows stored; null for views and tests.</summary>
    public long? Rows { get; init; }

    /// <summary>Tests: failing rows returned.</summary>
    public long? Failures { get; init; }

    /// <summary>Tests: up to five failing rows, each a JSON object as DuckDB's <c>to_json</c> writes it.</summary>
    public IReadOnlyList<string> SampleRows { get; init; } = [];

    public TestSeverity? Severity { get; init; }

    /// <summary>Tests: the model or source tested.</summary>
    public string? Model { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Error text (DuckDB's message, its LINE renumbered to the file) or, when skipped, why.</summary>
    public string? Message { get; init; }

    /// <summary>When skipped: the unique id of the failure at the root (<c>model.x</c>, <c>test.y</c>).</summary>
    public string? SkippedBecause { get; init; }

    /// <summary>True for an outcome that fails the run: a model error or an error-severity test failure or error.</summary>
    public bool IsFailure => Status is NodeStatus.Error or NodeStatus.Fail;
}
