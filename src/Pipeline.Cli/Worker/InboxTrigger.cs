namespace Pipeline.Cli.Worker;

/// <summary>
/// Notices files landing in the inbox and says when they have settled: no change for the settle time
/// (a federation's upload or a copy still in progress is not read half-written).
/// </summary>
internal sealed class InboxTrigger : IDisposable
{
    private readonly FileSystemWatcher? watcher;
    private readonly SemaphoreSlim signal = new(0);
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan settleTime;
    private long changes;

    public InboxTrigger(string inboxPath, TimeSpan settleTime, TimeProvider timeProvider, bool enabled)
    {
        this.timeProvider = timeProvider;
        this.settleTime = settleTime;
        if (!enabled)
        {
            return;
        }

        Directory.CreateDirectory(inboxPath);
        watcher = new FileSystemWatcher(inboxPath) { IncludeSubdirectories = true };
        watcher.Created += (_, _) => Notice();
        watcher.Changed += (_, _) => Notice();
        watcher.Renamed += (_, _) => Notice();
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>Completes once files have changed and then settled; never completes when disabled.</summary>
    public async Task WaitForSettledFilesAsync(CancellationToken cancellationToken)
    {
        await signal.WaitAsync(cancellationToken);
        long seen;
        do
        {
            seen = Interlocked.Read(ref changes);
            await Task.Delay(settleTime, timeProvider, cancellationToken);
        }
        while (Interlocked.Read(ref changes) != seen);

        // Events of the settled burst are one trigger.
        while (signal.CurrentCount > 0)
        {
            await signal.WaitAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        signal.Dispose();
    }

    private void Notice()
    {
        Interlocked.Increment(ref changes);
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }
}
