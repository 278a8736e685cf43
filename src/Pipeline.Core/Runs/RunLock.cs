using System.Globalization;
using System.Text;

namespace Pipeline.Core.Runs;

/// <summary>
/// One run at a time per project, across processes: an exclusive lock on <c>pipeline.run.lock</c> beside
/// the warehouse. .NET takes an advisory <c>flock</c> for <see cref="FileShare.None"/> on Linux, which the
/// kernel releases when the process dies, even by SIGKILL: a crashed run never leaves the project locked.
/// Who holds it is written to <c>pipeline.run.holder</c> beside it, for the message the next run prints
/// (.NET takes a shared flock to read a file, which the exclusive one would refuse).
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream stream;

    private RunLock(FileStream stream) => this.stream = stream;

    /// <summary>The lock file of <paramref name="project"/>.</summary>
    public static string PathOf(PipelineProject project) =>
        Path.Combine(Path.GetDirectoryName(project.WarehousePath)!, "pipeline.run.lock");

    /// <summary>Takes the lock for <paramref name="runId"/>, or throws a French message naming the holder.</summary>
    public static RunLock Acquire(PipelineProject project, string runId)
    {
        ArgumentNullException.ThrowIfNull(project);
        var path = PathOf(project);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new RunInProgressException(path, ReadHolder(path));
        }

        var holder = string.Create(CultureInfo.InvariantCulture,
            $"pid={Environment.ProcessId} run={runId} depuis={DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}");
        File.WriteAllText(HolderPath(path), holder, Encoding.UTF8);
        return new RunLock(stream);
    }

    /// <summary>Releases the lock (the files stay: deleting them would race with the next holder).</summary>
    public void Dispose() => stream.Dispose();

    private static string HolderPath(string lockPath) => Path.ChangeExtension(lockPath, ".holder");

    private static string ReadHolder(string lockPath)
    {
        try
        {
            return File.ReadAllText(HolderPath(lockPath), Encoding.UTF8).Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}
