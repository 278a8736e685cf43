using Pipeline.Core.Configuration;
using Pipeline.Core.Runs;

namespace Pipeline.Core.Tests.Runs;

public sealed class RunLockTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void A_second_run_is_refused_while_the_first_holds_the_lock_and_allowed_after()
    {
        var project = new PipelineProject(Path.Combine(folder.Path, PipelineProject.FileName), new PipelineOptions());
        var started = new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);

        using (RunLock.Acquire(project, "20261122T020000Z-0001", started))
        {
            Assert.True(RunLock.IsHeld(project));
            Assert.Null(RunLock.TryAcquire(project, "second", started));
            var busy = Assert.Throws<RunLockBusyException>(() => RunLock.Acquire(project, "second", started));
            Assert.Contains($"le processus {Environment.ProcessId}", busy.Message, StringComparison.Ordinal);
            Assert.Contains("20261122T020000Z-0001", busy.Message, StringComparison.Ordinal);
            Assert.Contains("déjà en cours", busy.Message, StringComparison.Ordinal);
        }

        Assert.False(RunLock.IsHeld(project));
        using var next = RunLock.Acquire(project, "third", started);
        Assert.Equal("third", RunLock.ReadHolder(project)?.RunId);
    }

    public void Dispose() => folder.Dispose();
}
