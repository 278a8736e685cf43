namespace Pipeline.Cli.Runs;

/// <summary>Progress of a run: the step, and how far it is (done of total, unit-less).</summary>
internal readonly record struct RunStepProgress(string Step, int Done, int Total, string? Current);
