namespace Pipeline.Cli;

/// <summary>Options accepted by every command (<see cref="Option.Recursive"/>): which project, how talkative.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Project { get; } = new("--project")
    {
        Description = "Dossier qui contient pipeline.yaml (ou le fichier lui-même). "
            + "Par défaut : le plus proche en remontant depuis le dossier courant.",
        HelpName = "dossier",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Journal détaillé (niveau debug) et trace technique des erreurs inattendues.",
        Recursive = true,
    };
}
