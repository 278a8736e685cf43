using Pipeline.Transforms;

namespace Pipeline.Cli.Commands.Transforms;

/// <summary>The options shared by <c>transform</c>, <c>test</c> and <c>build</c>: dbt's selection syntax and parallelism.</summary>
internal static class SelectionOptions
{
    public static readonly Option<string[]> Select = new("--select", "-s")
    {
        Description = "Ce qu'il faut exécuter (par défaut : tout). Un nom (stg_parcours), x+ (x et ce qui en dépend), "
            + "+x (x et ce dont il dépend), tag:nom, path:marts/penurie, des jokers (stg_*). Plusieurs valeurs s'additionnent ; "
            + "une virgule croise (tag:a,path:marts).",
        HelpName = "sélecteur",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<string[]> Exclude = new("--exclude")
    {
        Description = "Ce qu'il faut retirer de la sélection, même syntaxe que --select.",
        HelpName = "sélecteur",
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<int?> Threads = new("--threads")
    {
        Description = "Modèles construits en même temps (par défaut : transforms.threads de pipeline.yaml).",
        HelpName = "n",
    };

    /// <summary>Adds the three options to a command.</summary>
    public static Command With(this Command command, bool threads = true)
    {
        command.Options.Add(Select);
        command.Options.Add(Exclude);
        if (threads)
        {
            command.Options.Add(Threads);
        }

        return command;
    }

    public static RunOptions Read(ParseResult parseResult)
    {
        var threads = parseResult.GetValue(Threads);
        if (threads is < 1)
        {
            throw new Pipeline.Transforms.Selection.NodeSelectionException("--threads attend un nombre entier supérieur ou égal à 1.");
        }

        return new RunOptions
        {
            Select = parseResult.GetValue(Select) ?? [],
            Exclude = parseResult.GetValue(Exclude) ?? [],
            Threads = threads,
        };
    }
}
