using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Cli.Runs;
using Pipeline.Core;
using Pipeline.Core.Runs;
using Pipeline.Core.Scheduling;

namespace Pipeline.Cli.Worker;

/// <summary>
/// The worker's loop: waits for the next time of the cron schedule (in its time zone, via the injected
/// <see cref="TimeProvider"/>) or for settled files in the inbox, runs the pipeline, and starts over. A
/// failing run is logged and recorded; a transient failure is retried with backoff; stopping the host
/// cancels the running query.
/// </summary>
internal sealed partial class ScheduledRunService(
    PipelineProject project, TimeProvider timeProvider, WorkerOptions options, WorkerHealth health, ILogger<ScheduledRunService> logger)
    : BackgroundService
{
    // Task.Delay refuses delays beyond ~49 days; waiting by the day also absorbs clock adjustments.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CronSchedule.From(project.Options.Schedule);
        using var inbox = new InboxTrigger(project.InboxPath, options.Inbox.SettleTime, timeProvider, options.WatchInbox);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var next = schedule.Next(timeProvider.GetUtcNow());
                health.Update(s => s with { State = "en attente", NextRunAt = next });
                LogWaiting(logger, next?.ToString("O") ?? "jamais", schedule.Expression, schedule.TimeZone.Id);
                var trigger = await WaitAsync(next, inbox, stoppingToken);
                await RunWithRetriesAsync(trigger, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown requested: the running query was interrupted and the run recorded as cancelled.
        }
        finally
        {
            health.Update(s => s with { State = "arrêté", NextRunAt = null });
            LogStopped(logger);
        }
    }

    private async Task<string> WaitAsync(DateTimeOffset? next, InboxTrigger inbox, CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var inboxTask = inbox.WaitForSettledFilesAsync(waiting.Token);
        try
        {
            while (true)
            {
                var now = timeProvider.GetUtcNow();
                if (next is { } due && now >= due)
                {
                    return RunTrigger.Schedule;
                }

                var wait = next is { } at ? Min(at - now, LongestWait) : LongestWait;
                var delay = Task.Delay(wait, timeProvider, waiting.Token);
                var first = await Task.WhenAny(delay, inboxTask);
                stoppingToken.ThrowIfCancellationRequested();
                if (first == inboxTask)
                {
                    await inboxTask;
                    return RunTrigger.Inbox;
                }
            }
        }
        finally
        {
            await waiting.CancelAsync();
            try
            {
                await inboxTask;
            }
            catch (OperationCanceledException)
            {
                // The inbox wait only stops because the schedule won or the host stops.
            }
        }
    }

    private async Task RunWithRetriesAsync(string trigger, CancellationToken stoppingToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (transient, failed) = await RunOnceAsync(trigger, stoppingToken);
            if (!failed || !transient || attempt >= options.RetryDelays.Count)
            {
                return;
            }

            LogRetry(logger, attempt + 1, options.RetryDelays.Count, options.RetryDelays[attempt]);
            await Task.Delay(options.RetryDelays[attempt], timeProvider, stoppingToken);
        }
    }

    private async Task<(bool Transient, bool Failed)> RunOnceAsync(string trigger, CancellationToken stoppingToken)
    {
        health.Update(s => s with { State = "en cours" });
        LogStarting(logger, trigger);
        try
        {
            var outcome = await new PipelineRunner(project, timeProvider).RunAsync(trigger, progress: null, stoppingToken);
            health.Update(s => s with
            {
                LastRunId = outcome.RunId, LastStatus = outcome.Status, LastRunAt = outcome.StartedAt, LastError = outcome.Error,
                CompletedRuns = s.CompletedRuns + 1,
            });
            foreach (var step in outcome.Steps)
            {
                LogStep(logger, outcome.RunId, step.Step, step.Status, step.Rows, step.FinishedAt - step.StartedAt, step.Error ?? step.Detail);
            }

            if (outcome.Status == RunStatus.Cancelled)
            {
                stoppingToken.ThrowIfCancellationRequested();
            }

            if (outcome.Succeeded)
            {
                LogSucceeded(logger, outcome.RunId, outcome.Elapsed);
                return (false, false);
            }

            LogFailed(logger, outcome.Exception, outcome.RunId, outcome.Error ?? outcome.Status);
            return (TransientFailure.Is(outcome.Exception), true);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The run could not even start (lock held, warehouse unreadable): the worker carries on.
            health.Update(s => s with { LastStatus = RunStatus.Failed, LastRunAt = timeProvider.GetUtcNow(), LastError = e.Message });
            LogNotStarted(logger, e, e.Message);
            return (TransientFailure.Is(e), true);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Prochaine exécution planifiée : {NextRunAt} (cron « {Cron} », fuseau {TimeZone})")]
    private static partial void LogWaiting(ILogger logger, string nextRunAt, string cron, string timeZone);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Exécution du pipeline démarrée (déclencheur : {Trigger})")]
    private static partial void LogStarting(ILogger logger, string trigger);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information,
        Message = "Exécution {RunId}, étape {Step} : {Status}, {Rows} ligne(s), {Elapsed} — {Detail}")]
    private static partial void LogStep(ILogger logger, string runId, string step, string status, long? rows, TimeSpan? elapsed, string? detail);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Exécution {RunId} réussie en {Elapsed}")]
    private static partial void LogSucceeded(ILogger logger, string runId, TimeSpan elapsed);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "Exécution {RunId} en échec : {Error}")]
    private static partial void LogFailed(ILogger logger, Exception? exception, string runId, string error);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "Exécution impossible à démarrer : {Error}")]
    private static partial void LogNotStarted(ILogger logger, Exception exception, string error);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning,
        Message = "Erreur passagère : nouvel essai {Attempt}/{Attempts} dans {Delay}")]
    private static partial void LogRetry(ILogger logger, int attempt, int attempts, TimeSpan delay);

    [LoggerMessage(EventId = 107, Level = LogLevel.Information, Message = "Worker arrêté")]
    private static partial void LogStopped(ILogger logger);
}
