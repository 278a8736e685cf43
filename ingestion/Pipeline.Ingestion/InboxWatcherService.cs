using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Core;
using Pipeline.Ingestion.Receiving;

namespace Pipeline.Ingestion;

/// <summary>
/// The ingestion hosted service for <c>pipeline worker</c>: watches the inbox (FileSystemWatcher) and also
/// scans it periodically (watchers miss events on network shares), and ingests once files have settled —
/// a file still being copied is left for the next pass. Runs never overlap; a failing run is logged and the
/// service carries on.
/// </summary>
public sealed partial class InboxWatcherService(PipelineProject project, ILogger<InboxWatcherService> logger, InboxWatcherOptions options)
    : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0);

    /// <summary>Completed runs, for health reporting and tests.</summary>
    public int CompletedRuns { get; private set; }

    /// <summary>The last run's summary, if any.</summary>
    public IngestionSummary? LastSummary { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(project.InboxPath);
        using var watcher = new FileSystemWatcher(project.InboxPath) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                LastSummary = await new IngestionRunner(project).RunAsync(settleTime: options.SettleTime, cancellationToken: stoppingToken);
                CompletedRuns++;
                var handled = LastSummary.Files.Count(f => !f.Skipped);
                if (handled > 0)
                {
                    LogIngested(logger, handled, LastSummary.Refused);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is PipelineException or IOException or DuckDb.DuckDBException)
            {
                LogFailed(logger, e, e.Message);
            }

            // Sleep until a file event or the periodic scan; after an event, wait for the file to settle. A file
            // that was still being written during the run gets a pass once it has settled, without waiting
            // for an event (its last one may have come while the run was under way).
            var next = StillSettling() ? options.SettleTime : options.ScanInterval;
            if (await wake.WaitAsync(next, stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(options.SettleTime, stoppingToken).ConfigureAwait(false);
                while (wake.CurrentCount > 0)
                {
                    await wake.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
        }
    }

    private bool StillSettling()
    {
        var now = DateTime.UtcNow;
        return InboxScanner.Scan(project.InboxPath, TimeSpan.Zero, now).Any(f => now - f.LastWriteUtc < options.SettleTime);
    }

    public override void Dispose()
    {
        wake.Dispose();
        base.Dispose();
    }

    private void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Boîte de réception : {Files} fichier(s) ingéré(s), {Refused} table(s) refusée(s)")]
    private static partial void LogIngested(ILogger logger, int files, int refused);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Ingestion en échec, nouvel essai au prochain passage : {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string reason);
}

/// <summary>How the inbox watcher waits: settle time before reading a new file, and the periodic scan.</summary>
public sealed record InboxWatcherOptions(TimeSpan SettleTime, TimeSpan ScanInterval)
{
    public static InboxWatcherOptions Default { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));
}
