using Pipeline.Core.Runs;

namespace Pipeline.Cli.Runs;

/// <summary>How a run went: its id, status and steps, as recorded in the history.</summary>
internal sealed record RunReport(string RunId, string Status, IReadOnlyList<StepRecord> Steps, string? Error, TimeSpan Duration)
{
    public bool Succeeded => Status == RunStatus.Succeeded;
}

/// <summary>Notified as the run goes, for a terminal display or logs.</summary>
internal interface IRunObserver
{
    void StepStarted(string step);

    void StepEnded(StepRecord step);
}
