using Pipeline.Core.Runs;

namespace Pipeline.Cli.Tests.Runs;

public sealed class RunCommandTests : IDisposable
{
    private readonly RunProject project = new();

    [Fact]
    public async Task Run_records_its_steps_and_status_shows_them()
    {
        var run = await Cli.RunInAsync(project.Path, "run");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Ingestion", run.Output, StringComparison.Ordinal);
        Assert.Contains("Modèles et tests", run.Output, StringComparison.Ordinal);
        Assert.Contains("(cli) : réussi", run.Output, StringComparison.Ordinal);

        var status = await Cli.RunInAsync(project.Path, "status");
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("Exécutions récentes", status.Output, StringComparison.Ordinal);
        Assert.Contains("cli", status.Output, StringComparison.Ordinal);
        Assert.Contains("Modèles et tests réussi", status.Output, StringComparison.Ordinal);
        Assert.Contains("UNESSA", status.Output, StringComparison.Ordinal);
        Assert.Contains("rien reçu", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_is_refused_while_another_holds_the_lock()
    {
        var started = DateTimeOffset.UtcNow;
        using (RunLock.Acquire(project.Load(), "20261122T020000Z-beef", started))
        {
            var refused = await Cli.RunInAsync(project.Path, "run");

            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("déjà en cours", refused.Error, StringComparison.Ordinal);
            Assert.Contains($"processus {Environment.ProcessId}", refused.Error, StringComparison.Ordinal);
            Assert.Contains("20261122T020000Z-beef", refused.Error, StringComparison.Ordinal);
        }

        var after = await Cli.RunInAsync(project.Path, "run");
        Assert.True(after.ExitCode == 0, after.Output + after.Error);
    }

    [Fact]
    public async Task A_run_left_running_is_marked_interrupted_by_the_next_one()
    {
        var history = new RunHistory(project.Load());
        await history.StartRunAsync(new RunRecord
        {
            RunId = "20261121T020000Z-dead", Trigger = "schedule", StartedAt = new DateTime(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc),
            Status = RunStatus.Running, ProcessId = 1,
        });

        var run = await Cli.RunInAsync(project.Path, "run");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);

        var runs = await history.RecentRunsAsync(5);
        Assert.Equal(RunStatus.Interrupted, runs.Single(r => r.RunId == "20261121T020000Z-dead").Status);
        Assert.Equal(RunStatus.Succeeded, runs[0].Status);
    }

    [Fact]
    public async Task A_failing_model_fails_the_build_step_with_exit_code_1()
    {
        File.WriteAllText(Path.Combine(project.Path, "models", "broken.sql"), "select * from table_that_does_not_exist");

        var run = await Cli.RunInAsync(project.Path, "run");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Étape « Modèles et tests » en échec", run.Error, StringComparison.Ordinal);
        Assert.Contains("broken", run.Error, StringComparison.Ordinal);
        var runs = await new RunHistory(project.Load()).RecentRunsAsync(1);
        Assert.Equal(RunStatus.Failed, runs[0].Status);
    }

    public void Dispose() => project.Dispose();
}
