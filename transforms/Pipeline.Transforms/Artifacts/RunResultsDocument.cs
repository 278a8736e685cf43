using System.Text.Json.Nodes;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Artifacts;

/// <summary><c>target/run_results.json</c>: what ran, how it ended, how long it took, and the failing rows of tests.</summary>
internal static class RunResultsDocument
{
    public static JsonObject Create(string projectName, RunResults run, DateTimeOffset generatedAt) => new()
    {
        ["metadata"] = new JsonObject
        {
            ["generated_at"] = generatedAt.ToString("O"),
            ["project_name"] = projectName,
            ["command"] = ArtifactNames.Of(run.Command),
            ["threads"] = run.Threads,
            ["select"] = new JsonArray([.. run.Options.Select.Select(s => (JsonNode?)s)]),
            ["exclude"] = new JsonArray([.. run.Options.Exclude.Select(s => (JsonNode?)s)]),
        },
        ["started_at"] = run.StartedAt.ToString("O"),
        ["elapsed_time"] = Math.Round(run.Elapsed.TotalSeconds, 3),
        ["success"] = run.Succeeded,
        ["summary"] = new JsonObject([.. Enum.GetValues<NodeStatus>()
            .Select(s => KeyValuePair.Create(ArtifactNames.Of(s), (JsonNode?)run.Count(s)))]),
        ["results"] = new JsonArray([.. run.Results.Select(r => (JsonNode?)Result(r))]),
    };

    private static JsonObject Result(NodeResult result) => new()
    {
        ["unique_id"] = result.UniqueId,
        ["name"] = result.Name,
        ["resource_type"] = ArtifactNames.Of(result.Kind),
        ["status"] = ArtifactNames.Of(result.Status),
        ["path"] = result.RelativePath,
        ["line"] = result.Line,
        ["materialized"] = result.Materialization is { } m ? ArtifactNames.Of(m) : null,
        ["rows"] = result.Rows,
        ["failures"] = result.Failures,
        ["severity"] = result.Severity is { } s ? ArtifactNames.Of(s) : null,
        ["model"] = result.Model,
        ["started_at"] = result.StartedAt?.ToString("O"),
        ["execution_time"] = Math.Round(result.Elapsed.TotalSeconds, 3),
        ["message"] = result.Message,
        ["skipped_because"] = result.SkippedBecause,
        ["sample_rows"] = new JsonArray([.. result.SampleRows.Select(row => JsonNode.Parse(row))]),
    };
}
