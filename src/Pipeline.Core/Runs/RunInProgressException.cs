namespace Pipeline.Core.Runs;

/// <summary>Another run holds the project's run lock.</summary>
public sealed class RunInProgressException : PipelineException
{
    public RunInProgressException(string lockPath, string holder)
        : base($"Une autre exécution du pipeline est en cours sur ce projet ({(holder.Length > 0 ? holder : "processus inconnu")}). "
            + $"Attendez qu'elle se termine, ou vérifiez qu'aucun « pipeline run » ni « pipeline worker » ne tourne encore (verrou : {lockPath}).")
    {
        LockPath = lockPath;
        Holder = holder;
    }

    public RunInProgressException()
    {
        LockPath = Holder = "";
    }

    public RunInProgressException(string message)
        : base(message)
    {
        LockPath = Holder = "";
    }

    public RunInProgressException(string message, Exception innerException)
        : base(message, innerException)
    {
        LockPath = Holder = "";
    }

    /// <summary>The lock file.</summary>
    public string LockPath { get; }

    /// <summary>What the holder wrote: its PID, run id and start time.</summary>
    public string Holder { get; }
}
