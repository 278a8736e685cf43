using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Tests.Execution;

/// <summary>A run cancelled midway interrupts DuckDB and leaves every relation as it was.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_a_run_interrupts_the_model_and_keeps_the_previous_table()
    {
        using var project = TempProject.Empty();
        project.Write("models/marts/slow.sql", "select 1 as n");
        var first = await project.Runner.TransformAsync();
        Assert.True(first.Succeeded);
        project.Write("models/marts/slow.sql", "select count(*) as n from range(100000000000) as a(x) where x % 7 = 3");
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var progress = new Progress(p =>
        {
            if (p.Running.Count > 0)
            {
                started.TrySetResult();
            }
        });

        var run = project.Runner.TransformAsync(null, progress, cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(300);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(["1"], project.Rows("SELECT n FROM slow"));
        Assert.Empty(project.Rows("SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%pipeline_new%'"));
    }

    private sealed class Progress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
