using Pipeline.Transforms.Graph;

namespace Pipeline.Transforms.Results;

/// <summary>The outcome of a run: one result per selected seed, model and test, in plan (dependency) order.</summary>
public sealed record RunResults
{
    public required RunCommand Command { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Elapsed { get; init; }

    /// <summary>Models built at once.</summary>
    public required int Threads { get; init; }

    public required IReadOnlyList<NodeResult> Results { get; init; }

    /// <summary>The selection as given (<c>--select</c>, <c>--exclude</c>).</summary>
    public RunOptions Options { get; init; } = new();

    /// <summary>Where <c>run_results.json</c> was written.</summary>
    public string? RunResultsPath { get; init; }

    /// <summary>Where <c>manifest.json</c> was written.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>True when nothing failed: no model error, no error-severity test failure (warnings allowed).</summary>
    public bool Succeeded => !Results.Any(r => r.IsFailure);

    /// <summary>True when the selection (or the project) held nothing to run.</summary>
    public bool IsEmpty => Results.Count == 0;

    public int Count(NodeStatus status) => Results.Count(r => r.Status == status);

    public int Count(NodeKind kind) => Results.Count(r => r.Kind == kind);

    /// <summary>The result of a node or test by name, or null.</summary>
    public NodeResult? Find(string name) => Results.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
