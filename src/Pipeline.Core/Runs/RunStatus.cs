namespace Pipeline.Core.Runs;

/// <summary>Statuses of runs and steps as stored in the run history (French: <c>pipeline status</c> shows them as is).</summary>
public static class RunStatus
{
    /// <summary>Started and not finished: running now, or killed when no process holds the lock.</summary>
    public const string Running = "en cours";

    public const string Succeeded = "réussi";

    public const string Failed = "échoué";

    /// <summary>Found unfinished by a later run: the process was killed or the machine stopped.</summary>
    public const string Interrupted = "interrompu";

    /// <summary>A step not run because an earlier one failed.</summary>
    public const string Skipped = "sauté";

    /// <summary>A run cancelled on request (Ctrl+C, SIGTERM).</summary>
    public const string Cancelled = "annulé";
}
