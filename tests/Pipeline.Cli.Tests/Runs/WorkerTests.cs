using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Cli.Worker;
using Pipeline.Core.Runs;

namespace Pipeline.Cli.Tests.Runs;

public sealed class WorkerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly RunProject project = new();

    [Fact]
    public async Task The_test_clock_triggers_the_nightly_run_and_a_failing_run_does_not_stop_the_worker()
    {
        // 01:30 in Brussels (winter, UTC+1): the run is due at 02:00 local, 01:00Z.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 0, 30, 0, TimeSpan.Zero));
        var loaded = project.Load();
        var health = new WorkerHealth(loaded, clock);
        using var service = new ScheduledRunService(
            loaded, clock, new WorkerOptions { WatchInbox = false, RetryDelays = [] }, health, NullLogger<ScheduledRunService>.Instance);
        await service.StartAsync(CancellationToken.None);

        await Until(() => health.Current.State == "en attente" && clock.WaitingTimers > 0);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero), health.Current.NextRunAt);
        Assert.Equal(0, health.Current.CompletedRuns);

        clock.Advance(TimeSpan.FromMinutes(29));
        await Task.Delay(200);
        Assert.Equal(0, health.Current.CompletedRuns);

        clock.Advance(TimeSpan.FromMinutes(1));
        await Until(() => health.Current.CompletedRuns == 1 && health.Current.State == "en attente");
        Assert.Equal(RunStatus.Succeeded, health.Current.LastStatus);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero), health.Current.NextRunAt);
        var first = (await new RunHistory(loaded).RecentRunsAsync(1)).Single();
        Assert.Equal("schedule", first.Trigger);
        Assert.StartsWith("20261122T010000Z-", first.RunId, StringComparison.Ordinal);
        Assert.Contains("\"lastStatus\": \"réussi\"", await File.ReadAllTextAsync(health.FilePath));

        // The next night's run fails on a broken model: logged and recorded, and the worker waits for the next night.
        File.WriteAllText(Path.Combine(project.Path, "models", "broken.sql"), "select * from table_that_does_not_exist");
        clock.Advance(TimeSpan.FromDays(1));
        await Until(() => health.Current.CompletedRuns == 2 && health.Current.State == "en attente");
        Assert.Equal(RunStatus.Failed, health.Current.LastStatus);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero), health.Current.NextRunAt);

        await service.StopAsync(CancellationToken.None);
        Assert.Equal("arrêté", health.Current.State);
    }

    [Fact]
    public async Task A_run_blocked_by_the_lock_is_retried_after_the_backoff()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 7, 1, 23, 59, 0, TimeSpan.Zero));
        var loaded = project.Load();
        var health = new WorkerHealth(loaded, clock);
        using var service = new ScheduledRunService(
            loaded, clock, new WorkerOptions { WatchInbox = false, RetryDelays = [TimeSpan.FromMinutes(5)] }, health,
            NullLogger<ScheduledRunService>.Instance);
        await service.StartAsync(CancellationToken.None);
        await Until(() => health.Current.State == "en attente" && clock.WaitingTimers > 0);

        var blocker = RunLock.Acquire(loaded, "manual", clock.GetUtcNow());
        // Summer time: 02:00 in Brussels is 00:00Z.
        clock.Advance(TimeSpan.FromMinutes(1));
        await Until(() => health.Current.LastStatus == RunStatus.Failed && clock.WaitingTimers > 0);
        Assert.Contains("déjà en cours", health.Current.LastError, StringComparison.Ordinal);
        Assert.Equal(0, health.Current.CompletedRuns);

        blocker.Dispose();
        clock.Advance(TimeSpan.FromMinutes(5));
        await Until(() => health.Current.CompletedRuns == 1);
        Assert.Equal(RunStatus.Succeeded, health.Current.LastStatus);

        await service.StopAsync(CancellationToken.None);
    }

    public void Dispose() => project.Dispose();

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Condition not met in time.");
            await Task.Delay(20);
        }
    }
}
