using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Ingestion.Manifest;

namespace Pipeline.Ingestion.Tests;

/// <summary>The ingestion hosted service on a real inbox: a dropped file is picked up by the watcher, never read half-written.</summary>
public sealed class InboxWatcherServiceTests
{
    [Fact]
    public async Task A_file_copied_slowly_into_the_inbox_is_ingested_once_whole_after_it_settles()
    {
        using var inbox = new TinyInbox();
        // The periodic scan is an hour away: only the watcher can wake the service.
        using var service = new InboxWatcherService(inbox.Project, NullLogger<InboxWatcherService>.Instance,
            new InboxWatcherOptions(SettleTime: TimeSpan.FromSeconds(1), ScanInterval: TimeSpan.FromHours(1)));
        await service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => service.CompletedRuns >= 1, "the first (empty) pass");

        var lines = Enumerable.Range(1, 400).Select(i => Resources.Line($"OP-{i}")).ToList();
        var path = Path.Combine(inbox.Root, "inbox", "ALEAP", "ressources_operateur_annee_2023.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await writer.WriteLineAsync(Resources.Header);
            foreach (var chunk in lines.Chunk(50))
            {
                await writer.WriteAsync(string.Join("\n", chunk) + "\n");
                await writer.FlushAsync();
                await Task.Delay(300); // a slow copy: each write is well within the settle time of the previous one
            }
        }

        await WaitUntilAsync(() => service.LastSummary?.Files.Any(f => !f.Skipped) == true, "the copied file's ingestion");
        await service.StopAsync(CancellationToken.None);

        var entry = Assert.Single(inbox.Manifest());
        Assert.Equal((IngestStatus.Ingested, 400L, 400L), (entry.Status, entry.RowsRead, entry.RowsOk));
    }

    [Fact]
    public async Task A_file_still_settling_when_the_service_starts_is_ingested_once_settled_without_waiting_for_an_event()
    {
        using var inbox = new TinyInbox();
        inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv", Resources.File(Resources.Line("OP-1"), Resources.Line("OP-2")));
        using var service = new InboxWatcherService(inbox.Project, NullLogger<InboxWatcherService>.Instance,
            new InboxWatcherOptions(SettleTime: TimeSpan.FromSeconds(2), ScanInterval: TimeSpan.FromHours(1)));

        await service.StartAsync(CancellationToken.None); // the first pass finds the file too fresh, and no event will come
        await WaitUntilAsync(() => service.LastSummary?.Files.Any(f => !f.Skipped) == true, "the settled file's ingestion");
        await service.StopAsync(CancellationToken.None);

        Assert.True(service.CompletedRuns >= 2, "the file must have been left alone by the first pass");
        Assert.Equal((IngestStatus.Ingested, 2L), (Assert.Single(inbox.Manifest()).Status, Assert.Single(inbox.Manifest()).RowsOk));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"timed out waiting for {what}");
            await Task.Delay(100);
        }
    }
}
