namespace Pipeline.Transforms.Results;

/// <summary>Where a run stands, reported when a step starts or ends.</summary>
/// <param name="Total">Steps in the plan.</param>
/// <param name="Done">Steps finished (run or skipped).</param>
/// <param name="Running">Names of the steps running now.</param>
/// <param name="Finished">The step that just ended, if this report is about one.</param>
public sealed record RunProgress(int Total, int Done, IReadOnlyList<string> Running, NodeResult? Finished);
