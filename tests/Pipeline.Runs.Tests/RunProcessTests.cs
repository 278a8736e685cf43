using System.Diagnostics;
using Pipeline.Core;
using Pipeline.Core.Runs;

namespace Pipeline.Runs.Tests;

public sealed class RunProcessTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(2);

    private readonly TestProject project = new();

    [Fact]
    public async Task Sigterm_mid_query_ends_the_run_within_seconds_and_records_it_cancelled()
    {
        project.WriteModel("slow", TestProject.SlowModel);
        using var run = PipelineProcess.Start(project.Root, "run");
        await run.WaitForOutputAsync("Modèles et tests", StepTimeout);
        await Task.Delay(1500);

        var clock = Stopwatch.StartNew();
        run.Terminate();
        var exitCode = await run.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Stopped in {clock.Elapsed}: {run.Output}");
        Assert.NotEqual(0, exitCode);
        var last = (await History().RecentRunsAsync(1)).Single();
        Assert.Equal(RunStatus.Cancelled, last.Status);
    }

    [Fact]
    public async Task A_second_process_is_refused_while_a_run_holds_the_lock()
    {
        project.WriteModel("slow", TestProject.SlowModel);
        using var first = PipelineProcess.Start(project.Root, "run");
        await first.WaitForOutputAsync("Modèles et tests", StepTimeout);

        var (exitCode, output) = await PipelineProcess.RunAsync(project.Root, "run");

        Assert.Equal(1, exitCode);
        Assert.Contains("Une exécution du pipeline est déjà en cours", output, StringComparison.Ordinal);
        Assert.Contains($"le processus {first.Id}", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ingestion")]
    [InlineData("Modèles et tests")]
    public async Task A_run_killed_with_sigkill_leaves_a_state_the_next_run_completes(string step)
    {
        project.GenerateSample(2024, 2024);
        project.WriteModel("slow", TestProject.SlowModel);
        using (var killed = PipelineProcess.Start(project.Root, "run"))
        {
            await killed.WaitForOutputAsync(step, StepTimeout);
            await Task.Delay(Random.Shared.Next(0, 1500));
            killed.Kill();
            await killed.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        project.DeleteModel("slow");
        var (exitCode, output) = await PipelineProcess.RunAsync(project.Root, "run");

        Assert.True(exitCode == 0, output);
        var runs = await History().RecentRunsAsync(5);
        Assert.Equal(RunStatus.Succeeded, runs[0].Status);
        // The killed run either never reached the history (killed before its first write) or is now marked interrupted.
        Assert.All(runs.Skip(1), r => Assert.Equal(RunStatus.Interrupted, r.Status));
        // Every file of the sample was received exactly once: nothing lost, nothing doubled by the retry.
        var received = Directory.EnumerateFiles(Path.Combine(project.Root, "inbox"), "*", SearchOption.AllDirectories)
            .Count(f => !f.EndsWith(".json", StringComparison.Ordinal));
        Assert.True(received > 0);
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(project.Root, "lake", "raw"), "*", SearchOption.AllDirectories),
            f => f.Contains(".tmp", StringComparison.Ordinal));
        var (rerun, rerunOutput) = await PipelineProcess.RunAsync(project.Root, "run");
        Assert.Equal(0, rerun);
        Assert.Contains("0 nouveau(x) fichier(s)", rerunOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_federation_file_does_not_stop_the_other_federations()
    {
        project.GenerateSample(2024, 2024);
        var broken = Directory.EnumerateFiles(Path.Combine(project.Root, "inbox", "ALEAP"), "*.csv").First();
        File.WriteAllBytes(broken, [0x00, 0xFF, 0x13, 0x37, (byte)';', (byte)'\n', 0xFE]);

        var (exitCode, output) = await PipelineProcess.RunAsync(project.Root, "run");

        Assert.True(exitCode == 0, output);
        Assert.Matches(@"[1-9]\d* table\(s\) refusée\(s\) ou en erreur", output);
        var (_, status) = await PipelineProcess.RunAsync(project.Root, "status");
        foreach (var federation in new[] { "UNESSA", "CAIPS", "LEE", "AID", "FEBISP" })
        {
            Assert.Matches($@"{federation}\s*│[^│]+│ 2024", status);
        }
    }

    public void Dispose() => project.Dispose();

    private RunHistory History() => new(PipelineProject.Load(project.Root));
}
