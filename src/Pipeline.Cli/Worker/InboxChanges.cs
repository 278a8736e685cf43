namespace Pipeline.Cli.Worker;

/// <summary>
/// Notices new or changed files in the inbox: a watcher for promptness and a periodic comparison of
/// the inbox's listing (name, size, modification time) because watchers miss events on network
/// shares. A change counts once the listing has stayed the same for the settle time, so a file still
/// being copied is not taken half-written.
/// </summary>
internal sealed class InboxChanges : IDisposable
{
    private readonly string inbox;
    private readonly TimeSpan settleTime;
    private readonly TimeSpan scanInterval;
    private readonly FileSystemWatcher? watcher;
    private DateTime lastScan = DateTime.UtcNow;
    private readonly SemaphoreSlim wake = new(0);
    private string baseline;

    public InboxChanges(string inbox, TimeSpan settleTime, TimeSpan scanInterval)
    {
        this.inbox = inbox;
        this.settleTime = settleTime;
        this.scanInterval = scanInterval;
        Directory.CreateDirectory(inbox);
        baseline = Listing();
        watcher = new FileSystemWatcher(inbox) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
    }

    /// <summary>Waits up to <paramref name="timeout"/>; true when the inbox changed and has settled.</summary>
    public async Task<bool> WaitForSettledChangeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var woken = await wake.WaitAsync(timeout, cancellationToken);
        if (!woken && DateTime.UtcNow - lastScan < scanInterval)
        {
            return false;
        }

        lastScan = DateTime.UtcNow;
        var listing = Listing();
        if (listing == baseline)
        {
            return false;
        }

        // settled: the listing stays the same over the settle time
        while (true)
        {
            await Task.Delay(settleTime, cancellationToken);
            var again = Listing();
            if (again == listing)
            {
                baseline = again;
                return true;
            }

            listing = again;
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        wake.Dispose();
    }

    private void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            wake.Release();
        }
    }

    private string Listing() => string.Join("\n", Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => new FileInfo(f))
        .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
}
