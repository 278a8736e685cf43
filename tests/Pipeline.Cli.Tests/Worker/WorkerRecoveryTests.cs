using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pipeline.Cli.Commands;
using Pipeline.Cli.Worker;
using Pipeline.Core.Runs;

namespace Pipeline.Cli.Tests.Worker;

/// <summary>The worker survives a failing run and retries a run blocked by a transient error, on a test clock.</summary>
public sealed class WorkerRecoveryTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly TinyProject tiny = new();

    [Fact]
    public async Task A_failing_run_is_recorded_and_the_worker_runs_again_the_next_night()
    {
        // 01:59 in Brussels (CET): the first run is due in a minute.
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 59, 0, TimeSpan.Zero));
        tiny.WriteModel("broken", "select * from table_that_does_not_exist");
        using var host = Start(clock, new WorkerOptions { RetryDelays = [TimeSpan.FromMinutes(1)] });
        var worker = host.Services.GetRequiredService<NightlyWorker>();
        await host.StartAsync();
        // The worker must have read the clock before it moves, or its first run would be the next night's.
        await Until(() => State() == "en attente");

        clock.Advance(TimeSpan.FromMinutes(1));
        await Until(() => worker.CompletedRuns == 1 && State() == "en attente");
        Assert.Equal(RunStatus.Failed, worker.LastReport!.Status);
        // A failed step is not transient: no retry, the next run is the next night.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.FromHours(1)), NextRun());

        File.Delete(Path.Combine(tiny.Root, "models", "broken.sql"));
        clock.Advance(TimeSpan.FromDays(1));
        await Until(() => worker.CompletedRuns == 2);
        await host.StopAsync();

        Assert.Equal(RunStatus.Succeeded, worker.LastReport!.Status);
        var runs = await new RunHistory(tiny.Project).RecentAsync(5);
        Assert.Equal([RunStatus.Succeeded, RunStatus.Failed], runs.Select(r => r.Status));
        Assert.All(runs, r => Assert.Equal("schedule", r.Trigger));
    }

    [Fact]
    public async Task A_run_blocked_by_the_lock_is_retried_after_the_backoff_and_then_succeeds()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 59, 0, TimeSpan.Zero));
        using var host = Start(clock, new WorkerOptions { RetryDelays = [TimeSpan.FromMinutes(5)] });
        var worker = host.Services.GetRequiredService<NightlyWorker>();
        await host.StartAsync();
        await Until(() => State() == "en attente");

        var blocker = RunLock.Acquire(tiny.Project, "manual");
        clock.Advance(TimeSpan.FromMinutes(1));
        await Until(() => State() == "nouvel essai en attente" && clock.WaitingTimers > 0);
        Assert.Equal(0, worker.CompletedRuns);

        blocker.Dispose();
        clock.Advance(TimeSpan.FromMinutes(5));
        await Until(() => worker.CompletedRuns == 1);
        await host.StopAsync();

        Assert.Equal(RunStatus.Succeeded, worker.LastReport!.Status);
        Assert.Single(await new RunHistory(tiny.Project).RecentAsync(5));
    }

    public void Dispose() => tiny.Dispose();

    private IHost Start(TimeProvider clock, WorkerOptions options)
    {
        var builder = Host.CreateApplicationBuilder();
        WorkerCommand.AddWorker(builder.Services, tiny.Project, clock, options);
        return builder.Build();
    }

    private JsonElement Health() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(tiny.Root, "warehouse", "worker-health.json"))).RootElement.Clone();

    private string? State() => File.Exists(Path.Combine(tiny.Root, "warehouse", "worker-health.json"))
        ? Health().GetProperty("etat").GetString()
        : null;

    private DateTimeOffset NextRun() => Health().GetProperty("prochaine_execution").GetDateTimeOffset();

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!Retry(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, "Condition not met in time.");
            await Task.Delay(50);
        }
    }

    // The health file is replaced by a rename; a read racing it is simply tried again.
    private static bool Retry(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            return false;
        }
    }
}
