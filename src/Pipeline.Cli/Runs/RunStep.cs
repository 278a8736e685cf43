namespace Pipeline.Cli.Runs;

/// <summary>The steps of a run, in order; each reads only what the previous one wrote.</summary>
internal static class RunStep
{
    public const string Ingest = "ingest";

    public const string Build = "build";

    public const string Dashboards = "dashboards";

    /// <summary>French label for progress and tables.</summary>
    public static string Label(string step) => step switch
    {
        Ingest => "Ingestion",
        Build => "Modèles et tests",
        Dashboards => "Tableaux de bord",
        _ => step,
    };
}
