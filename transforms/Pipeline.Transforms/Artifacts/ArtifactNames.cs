using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Artifacts;

/// <summary>The words the artifacts use (dbt's, in English, lower case).</summary>
internal static class ArtifactNames
{
    public const string Manifest = "manifest.json";
    public const string RunResults = "run_results.json";

    public static string Of(NodeStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(NodeKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(Materialization materialization) => materialization.ToString().ToLowerInvariant();

    public static string Of(TestSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string Of(TestKind kind) => kind switch
    {
        TestKind.NotNull => "not_null",
        TestKind.Unique => "unique",
        TestKind.AcceptedValues => "accepted_values",
        TestKind.Relationships => "relationships",
        _ => "singular",
    };

    public static string Of(RunCommand command) => command.ToString().ToLowerInvariant();
}
