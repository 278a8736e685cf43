namespace Pipeline.Cli.Runs;

/// <summary>What started a run, as stored in the run history.</summary>
internal static class RunTrigger
{
    public const string Cli = "cli";
    public const string Schedule = "schedule";
    public const string Inbox = "inbox";
    public const string Demo = "demo";

    public static string InFrench(string trigger) => trigger switch
    {
        Cli => "commande",
        Schedule => "planification",
        Inbox => "nouveaux fichiers",
        Demo => "démonstration",
        _ => trigger,
    };
}
