using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Cli.Runs;
using Pipeline.Core;
using Pipeline.Core.Scheduling;

namespace Pipeline.Cli.Worker;

/// <summary>
/// The nightly refresh as a hosted service: runs the whole pipeline at each occurrence of the
/// schedule (in its time zone), and, when <c>schedule.watch_inbox</c> is on, also once new files have
/// settled in the inbox. One run at a time (the project's run lock also keeps a CLI run out); a run
/// that fails is logged and the worker waits for the next occasion; a transient failure (another run
/// holding the lock, the warehouse busy, a disk error) is retried after 1, 5 and 15 minutes. Stopping
/// the host (SIGTERM) cancels the running query and the run is recorded as cancelled.
/// </summary>
internal sealed partial class NightlyWorker(
    PipelineProject project, CronSchedule schedule, TimeProvider time, WorkerOptions options, ILogger<NightlyWorker> logger)
    : BackgroundService
{
    private readonly WorkerHealth health = new(project);
    private RunReport? last;
    private DateTimeOffset? lastEnded;

    /// <summary>Runs finished (successfully or not), for tests and health.</summary>
    public int CompletedRuns { get; private set; }

    public RunReport? LastReport => last;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var inbox = project.Options.Schedule.WatchInbox ? new InboxChanges(project.InboxPath, options.SettleTime, options.ScanInterval) : null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = schedule.NextAfter(time.GetUtcNow());
            WriteHealth("en attente", next);
            LogNext(logger, TimeZoneInfo.ConvertTime(next, schedule.TimeZone).ToString("dd/MM/yyyy HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture), schedule.Expression);
            string trigger;
            try
            {
                trigger = await WaitAsync(next, inbox, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await RunWithRetriesAsync(trigger, next, stoppingToken);
        }

        WriteHealth("arrêté", null);
    }

    // Polls the clock rather than sleeping until the next run: a suspended machine or a changed clock
    // is noticed within a second, and a test clock can move time forward.
    private async Task<string> WaitAsync(DateTimeOffset next, InboxChanges? inbox, CancellationToken stoppingToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            if (now >= next)
            {
                return RunTrigger.Schedule;
            }

            var slice = TimeSpan.FromMilliseconds(Math.Min((next - now).TotalMilliseconds, 1000));
            if (inbox is not null)
            {
                if (await inbox.WaitForSettledChangeAsync(slice, stoppingToken))
                {
                    return RunTrigger.Inbox;
                }
            }
            else
            {
                await Task.Delay(slice, stoppingToken);
            }
        }
    }

    private async Task RunWithRetriesAsync(string trigger, DateTimeOffset next, CancellationToken stoppingToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                WriteHealth("en cours", next);
                LogStarting(logger, RunTrigger.InFrench(trigger));
                last = await new PipelineRun(project).RunAsync(trigger, null, stoppingToken);
                lastEnded = time.GetUtcNow();
                CompletedRuns++;
                if (last.Succeeded)
                {
                    LogSucceeded(logger, last.RunId, last.Duration.TotalSeconds);
                }
                else
                {
                    // a failed step (a broken model, a failing test) is not transient: next occasion
                    LogRunFailed(logger, last.RunId, last.Error ?? "");
                }

                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                LogCancelled(logger);
                return;
            }
            catch (Exception e) when (e is PipelineException or IOException or DuckDb.DuckDBException)
            {
                if (attempt >= options.RetryDelays.Count)
                {
                    LogGaveUp(logger, e, attempt + 1, e.Message);
                    CompletedRuns++;
                    return;
                }

                LogRetrying(logger, e, e.Message, options.RetryDelays[attempt].TotalMinutes);
                WriteHealth("nouvel essai en attente", next);
                await Task.Delay(options.RetryDelays[attempt], time, stoppingToken);
            }
        }
    }

    private void WriteHealth(string state, DateTimeOffset? next) =>
        health.Write(state, next, last?.RunId, last?.Status, lastEnded, last?.Error);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Prochaine exécution : {Next} (planification « {Cron} »)")]
    private static partial void LogNext(ILogger logger, string next, string cron);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Exécution lancée ({Trigger})")]
    private static partial void LogStarting(ILogger logger, string trigger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Exécution {RunId} réussie en {Seconds:0.0} s")]
    private static partial void LogSucceeded(ILogger logger, string runId, double seconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Exécution {RunId} en échec : {Error}. Le site publié reste le précédent ; prochain essai à la prochaine occasion")]
    private static partial void LogRunFailed(ILogger logger, string runId, string error);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Exécution impossible pour l'instant ({Reason}) ; nouvel essai dans {Minutes} min")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string reason, double minutes);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Exécution abandonnée après {Attempts} essais : {Reason}")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, int attempts, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Arrêt demandé : l'exécution en cours est annulée (requête interrompue), le site publié reste le précédent")]
    private static partial void LogCancelled(ILogger logger);
}
