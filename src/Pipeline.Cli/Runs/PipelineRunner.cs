using System.Diagnostics;
using Pipeline.Core;
using Pipeline.Core.Runs;

namespace Pipeline.Cli.Runs;

/// <summary>
/// One run: takes the run lock, marks runs left unfinished as interrupted, then runs ingest → build →
/// dashboards, recording each step in the run history as it starts and ends. A failing step stops the
/// steps after it, so the site published last stays as it was.
/// </summary>
internal sealed class PipelineRunner(PipelineProject project, TimeProvider timeProvider)
{
    /// <summary>A step: its name and what it does.</summary>
    public delegate Task<StepResult> StepAction(PipelineProject project, IProgress<RunStepProgress> progress, CancellationToken cancellationToken);

    /// <summary>The steps of a run, in order. The dashboards step joins when the site generator lands.</summary>
    public static IReadOnlyList<(string Name, StepAction Action)> DefaultSteps { get; } =
    [
        (RunStep.Ingest, PipelineStages.IngestAsync),
        (RunStep.Build, PipelineStages.BuildAsync),
    ];

    /// <summary>Runs the whole pipeline once.</summary>
    /// <exception cref="RunLockBusyException">Another run holds the lock: nothing was done or recorded.</exception>
    public Task<RunOutcome> RunAsync(string trigger, IProgress<RunStepProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(trigger, DefaultSteps, progress, cancellationToken);

    /// <summary>Runs <paramref name="steps"/> once, as a run.</summary>
    public async Task<RunOutcome> RunAsync(
        string trigger, IReadOnlyList<(string Name, StepAction Action)> steps, IProgress<RunStepProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(steps);
        progress ??= new Progress<RunStepProgress>();
        var startedAt = timeProvider.GetUtcNow();
        var runId = RunId.New(startedAt);
        using var runLock = RunLock.Acquire(project, runId, startedAt);
        var clock = Stopwatch.StartNew();
        var history = new RunHistory(project);
        // History writes ignore cancellation: a cancelled run must still be recorded as such.
        await history.MarkInterruptedAsync(Now(), CancellationToken.None);
        await history.StartRunAsync(new RunRecord
        {
            RunId = runId, Trigger = trigger, StartedAt = startedAt.UtcDateTime, Status = RunStatus.Running, ProcessId = Environment.ProcessId,
        }, CancellationToken.None);

        var records = new List<RunStepRecord>();
        string status = RunStatus.Succeeded;
        string? error = null;
        Exception? exception = null;
        foreach (var (name, action) in steps)
        {
            if (status != RunStatus.Succeeded)
            {
                var skipped = new RunStepRecord
                {
                    RunId = runId, Step = name, StartedAt = Now(), FinishedAt = Now(), Status = RunStatus.Skipped,
                    Detail = "Non exécutée : une étape précédente a échoué.",
                };
                await history.WriteStepAsync(skipped, CancellationToken.None);
                records.Add(skipped);
                continue;
            }

            var step = new RunStepRecord { RunId = runId, Step = name, StartedAt = Now(), Status = RunStatus.Running };
            await history.WriteStepAsync(step, CancellationToken.None);
            try
            {
                var result = await action(project, progress, cancellationToken);
                step = step with
                {
                    FinishedAt = Now(), Status = result.Failed ? RunStatus.Failed : RunStatus.Succeeded, Rows = result.Rows, Detail = result.Detail,
                    Error = result.Failed ? result.Detail : null,
                };
                if (result.Failed)
                {
                    status = RunStatus.Failed;
                    error = $"Étape « {RunStep.Label(name)} » en échec : {result.Detail}";
                }
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
            {
                step = step with { FinishedAt = Now(), Status = RunStatus.Cancelled, Error = "Annulée (arrêt demandé)." };
                (status, error, exception) = (RunStatus.Cancelled, $"Exécution annulée pendant l'étape « {RunStep.Label(name)} ».", e);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Any failure of a step is the run's failure, recorded with its message; the next steps are skipped.
                step = step with { FinishedAt = Now(), Status = RunStatus.Failed, Error = e.Message };
                (status, error, exception) = (RunStatus.Failed, $"Étape « {RunStep.Label(name)} » en échec : {e.Message}", e);
            }

            await history.WriteStepAsync(step, CancellationToken.None);
            records.Add(step);
        }

        await history.FinishRunAsync(runId, Now(), status, error, CancellationToken.None);
        return new RunOutcome
        {
            RunId = runId, Trigger = trigger, Status = status, StartedAt = startedAt, Elapsed = clock.Elapsed, Steps = records,
            Error = error, Exception = exception,
        };
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;
}
