namespace Pipeline.Core.Runs;

/// <summary>How a run or one of its steps ended, as stored in the run history.</summary>
public static class RunStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
    public const string Cancelled = "cancelled";

    /// <summary>Found "running" by a later run: the process died (killed, power cut) before it could say.</summary>
    public const string Interrupted = "interrupted";

    /// <summary>The status in French, for people.</summary>
    public static string InFrench(string status) => status switch
    {
        Running => "en cours",
        Succeeded => "réussie",
        Failed => "en échec",
        Skipped => "non exécutée",
        Cancelled => "annulée",
        Interrupted => "interrompue",
        _ => status,
    };
}
