using Pipeline.Core;

namespace Pipeline.Transforms;

/// <summary>The transform project cannot be run: every problem found is listed, each with its file and line.</summary>
public sealed class TransformProjectException : PipelineException
{
    public TransformProjectException(IReadOnlyList<ProjectIssue> issues)
        : base(Format(issues))
    {
        Issues = issues;
    }

    public IReadOnlyList<ProjectIssue> Issues { get; }

    private static string Format(IReadOnlyList<ProjectIssue> issues) =>
        (issues.Count == 1 ? "Le projet de transformation contient une erreur :" : $"Le projet de transformation contient {issues.Count} erreurs :")
        + Environment.NewLine + string.Join(Environment.NewLine, issues.Select(i => "  " + i));
}
