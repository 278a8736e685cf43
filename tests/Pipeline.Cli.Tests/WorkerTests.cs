using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pipeline.Cli.Commands;
using Pipeline.Cli.Worker;
using Pipeline.Core.Runs;
using Pipeline.Cli.Tests.Worker;

namespace Pipeline.Cli.Tests;

/// <summary>The worker on a test clock: nothing before 2 h (Brussels), one run when the clock passes it.</summary>
public sealed class WorkerTests
{
    [Fact]
    public async Task The_scheduled_run_starts_when_the_clock_reaches_two_in_the_morning_in_Brussels()
    {
        using var small = SmallProject.Create("schedule: { cron: \"0 2 * * *\", timezone: Europe/Brussels, watch_inbox: false }");
        // 23 November 2026, 01:59:30 in Brussels (CET, UTC+1)
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 59, 30, TimeSpan.Zero));
        var builder = Host.CreateApplicationBuilder();
        WorkerCommand.AddWorker(builder.Services, small.Project, clock, new WorkerOptions { RetryDelays = [] });
        using var host = builder.Build();
        var worker = host.Services.GetRequiredService<NightlyWorker>();
        await host.StartAsync();

        await Task.Delay(2500);
        Assert.Equal(0, worker.CompletedRuns);
        var health = JsonDocument.Parse(File.ReadAllText(Path.Combine(small.Root, "warehouse", "worker-health.json")));
        Assert.Equal("en attente", health.RootElement.GetProperty("etat").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.FromHours(1)), health.RootElement.GetProperty("prochaine_execution").GetDateTimeOffset());

        clock.Advance(TimeSpan.FromSeconds(31));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (worker.CompletedRuns == 0 && waited.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(200);
        }

        await host.StopAsync();
        Assert.Equal(1, worker.CompletedRuns);
        Assert.Equal(RunStatus.Succeeded, worker.LastReport!.Status);
        var runs = await new RunHistory(small.Project).RecentAsync(5);
        Assert.Equal("schedule", Assert.Single(runs).Trigger);
        health = JsonDocument.Parse(File.ReadAllText(Path.Combine(small.Root, "warehouse", "worker-health.json")));
        Assert.Equal(RunStatus.Succeeded, health.RootElement.GetProperty("derniere_execution").GetProperty("statut").GetString());
    }
}
