using System.Globalization;
using System.Text.Json;

namespace Pipeline.Core.Runs;

/// <summary>
/// One run at a time across processes: an exclusive open (an <c>flock</c> on Linux) of
/// <c>pipeline.lock</c> beside the warehouse. The kernel drops the lock when its holder dies, even by
/// SIGKILL, so a crashed run never blocks the next one. Who holds it (PID, run id, start) is written to
/// <c>pipeline.lock.json</c>: the lock file itself cannot be read by others while held.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string infoPath;

    private RunLock(FileStream stream, string infoPath)
    {
        this.stream = stream;
        this.infoPath = infoPath;
    }

    /// <summary>The lock file of a project.</summary>
    public static string PathFor(PipelineProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Path.Combine(Path.GetDirectoryName(project.WarehousePath)!, "pipeline.lock");
    }

    /// <summary>Takes the lock for <paramref name="runId"/>, or throws at once when another run holds it.</summary>
    /// <exception cref="RunLockBusyException">Another run (this process or another) holds the lock.</exception>
    public static RunLock Acquire(PipelineProject project, string runId, DateTimeOffset startedAt) =>
        TryAcquire(project, runId, startedAt) ?? throw Busy(project);

    /// <summary>Takes the lock, or returns null when another run holds it.</summary>
    public static RunLock? TryAcquire(PipelineProject project, string runId, DateTimeOffset startedAt)
    {
        var path = PathFor(project);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        var info = new RunLockHolder(Environment.ProcessId, runId, startedAt);
        var infoPath = path + ".json";
        File.WriteAllText(infoPath, JsonSerializer.Serialize(info));
        return new RunLock(stream, infoPath);
    }

    /// <summary>Whether a run holds the lock now (a quick take and release).</summary>
    public static bool IsHeld(PipelineProject project)
    {
        var path = PathFor(project);
        if (!File.Exists(path))
        {
            return false;
        }

        using var probe = TryOpenExclusive(path);
        return probe is null;
    }

    /// <summary>Who holds the lock, as last written; null when unknown.</summary>
    public static RunLockHolder? ReadHolder(PipelineProject project)
    {
        try
        {
            return JsonSerializer.Deserialize<RunLockHolder>(File.ReadAllText(PathFor(project) + ".json"));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        // The holder file goes first: once the lock is released, the next holder writes its own.
        try
        {
            File.Delete(infoPath);
        }
        catch (IOException)
        {
            // A stale holder file is harmless: it is overwritten by the next run.
        }

        stream.Dispose();
    }

    private static RunLockBusyException Busy(PipelineProject project)
    {
        var holder = ReadHolder(project);
        var who = holder is null
            ? "un autre processus"
            : string.Create(CultureInfo.GetCultureInfo("fr-BE"),
                $"le processus {holder.ProcessId} (exécution {holder.RunId}, démarrée le {holder.StartedAt.ToLocalTime():dd/MM/yyyy à HH:mm:ss})");
        return new RunLockBusyException(
            $"Une exécution du pipeline est déjà en cours : {who} détient le verrou {PathFor(project)}. "
            + "Attendez qu'elle se termine (pipeline status) puis relancez ; une seule exécution à la fois.");
    }

    private static FileStream? TryOpenExclusive(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>Who holds the run lock.</summary>
public sealed record RunLockHolder(int ProcessId, string RunId, DateTimeOffset StartedAt);
