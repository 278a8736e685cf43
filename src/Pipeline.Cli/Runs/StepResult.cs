namespace Pipeline.Cli.Runs;

/// <summary>How a step ended when it did not throw: rows written, a French account, and whether it failed.</summary>
internal sealed record StepResult(long? Rows, string Detail, bool Failed = false);
