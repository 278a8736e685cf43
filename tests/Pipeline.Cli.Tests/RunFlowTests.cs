using Pipeline.Core.Runs;

namespace Pipeline.Cli.Tests;

/// <summary>
/// <c>pipeline run</c> as the real executable in child processes: publication, a broken federation file,
/// the run lock, SIGKILL at random points and SIGTERM in the middle of a query.
/// </summary>
public sealed class RunFlowTests
{
    [Fact]
    public async Task A_run_publishes_and_a_broken_federation_file_does_not_stop_the_others()
    {
        using var small = SmallProject.Create();
        var first = await PipelineProcess.RunAsync("run", "--project", small.Root);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        var published = small.PublishedFolder();
        Assert.True(File.Exists(Path.Combine(published!, "index.html")));

        // ALEAP sends garbage; a new FeBISP file arrives beside it
        File.WriteAllBytes(Path.Combine(small.Root, "inbox", "ALEAP", "parcours_2023.csv"), [0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00, 0x13]);
        File.Copy(Path.Combine(small.Root, "inbox", "FEBISP", "operateur_2022.csv"), Path.Combine(small.Root, "inbox", "FEBISP", "operateur_2022_v2.csv"));
        var second = await PipelineProcess.RunAsync("run", "--project", small.Root);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.NotEqual(published, small.PublishedFolder());
        // the page lets long names wrap after '/' and '_' (<wbr>); the reader sees the name whole
        var quality = File.ReadAllText(Path.Combine(small.PublishedFolder()!, "qualite.html")).Replace("<wbr>", "", StringComparison.Ordinal);
        Assert.Contains("parcours_2023.csv", quality, StringComparison.Ordinal);

        var status = await PipelineProcess.RunAsync("status", "--project", small.Root);
        Assert.Equal(0, status.ExitCode);
        Assert.Contains("réussie", status.Output, StringComparison.Ordinal);
        Assert.Contains("FEBISP", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_is_refused_while_one_holds_the_project()
    {
        using var small = SmallProject.Create();
        using (RunLock.Acquire(small.Project, "run-in-the-test"))
        {
            var refused = await PipelineProcess.RunAsync("run", "--project", small.Root);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("Une autre exécution du pipeline est en cours", refused.Error, StringComparison.Ordinal);
            Assert.Contains("run-in-the-test", refused.Error, StringComparison.Ordinal);
        }

        Assert.Null(small.PublishedFolder());
    }

    [Fact]
    public async Task A_run_killed_at_any_point_leaves_the_published_site_whole_and_the_next_run_completes()
    {
        using var small = SmallProject.Create();
        Assert.Equal(0, (await PipelineProcess.RunAsync("run", "--project", small.Root)).ExitCode);
        var random = new Random(20241013);
        // from the first instants (lock, history) through ingestion, build and publication
        foreach (var delay in new[] { 0.2, 1.0 + random.NextDouble(), 3 + (2 * random.NextDouble()), 6 + (3 * random.NextDouble()) })
        {
            using (var run = PipelineProcess.Start("run", "--project", small.Root))
            {
                await Task.Delay(TimeSpan.FromSeconds(delay));
                run.Kill();
                await run.WaitAsync(TimeSpan.FromSeconds(10));
            }

            AssertWholeSite(small.PublishedFolder());
        }

        var last = await PipelineProcess.RunAsync("run", "--project", small.Root);
        Assert.True(last.ExitCode == 0, last.Output + last.Error);
        AssertWholeSite(small.PublishedFolder());
        var history = await new RunHistory(small.Project).RecentAsync(10);
        Assert.Equal(RunStatus.Succeeded, history[0].Status);
        Assert.DoesNotContain(history, r => r.Status == RunStatus.Running);
        Assert.Contains(history, r => r.Status == RunStatus.Interrupted);
    }

    [Fact]
    public async Task Sigterm_during_the_build_stops_the_run_within_seconds_and_keeps_the_site()
    {
        using var small = SmallProject.Create();
        Assert.Equal(0, (await PipelineProcess.RunAsync("run", "--project", small.Root)).ExitCode);
        var published = small.PublishedFolder();
        using var run = PipelineProcess.Start("run", "--project", small.Root);
        await run.WaitForErrorAsync("▶ construction", TimeSpan.FromMinutes(2));
        await Task.Delay(500);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        run.Terminate();
        var code = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {clock.Elapsed}");
        Assert.NotEqual(0, code);
        Assert.Equal(published, small.PublishedFolder());
        var history = await new RunHistory(small.Project).RecentAsync(1);
        // The run had time to record itself cancelled: it did not just vanish, leaving "running" behind.
        Assert.Equal(RunStatus.Cancelled, history[0].Status);
    }

    private static void AssertWholeSite(string? folder)
    {
        Assert.NotNull(folder);
        Assert.True(File.Exists(Path.Combine(folder, "index.html")), $"{folder} has no index.html");
        Assert.Equal(6, Directory.GetFiles(Path.Combine(folder, "fiches"), "*.docx").Length);
        Assert.True(File.Exists(Path.Combine(folder, "fiches", "fiches-memorandum.zip")));
    }
}
