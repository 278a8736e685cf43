using Pipeline.Core.Runs;

namespace Pipeline.Core.Tests.Runs;

/// <summary>One run at a time: a second taker is refused with who holds the lock; release frees it.</summary>
public sealed class RunLockTests
{
    [Fact]
    public void A_second_run_is_refused_until_the_first_releases_the_lock()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "pipeline.yaml"), "name: lock\n");
        var project = PipelineProject.Load(folder.Path);

        using (RunLock.Acquire(project, "run-1"))
        {
            var refused = Assert.Throws<RunInProgressException>(() => RunLock.Acquire(project, "run-2"));
            Assert.Contains($"pid={Environment.ProcessId}", refused.Message, StringComparison.Ordinal);
            Assert.Contains("run-1", refused.Message, StringComparison.Ordinal);
        }

        using var second = RunLock.Acquire(project, "run-3");
    }
}
