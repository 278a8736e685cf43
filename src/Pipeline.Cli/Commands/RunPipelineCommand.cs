using Pipeline.Cli.Runs;
using Pipeline.Core;
using Pipeline.Core.Runs;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline run</c>: one run of the whole pipeline (ingest → build → dashboards), recorded in the run history.</summary>
internal sealed class RunPipelineCommand(PipelineProject project, CliConsole console) : IPipelineCommand
{
    public static Command Create() => new(
        "run",
        "Exécute tout le pipeline une fois : ingestion de la boîte de réception, modèles et tests, tableaux de bord. "
        + "Une étape en échec arrête les suivantes et laisse le site publié intact. Une seule exécution à la fois (verrou). "
        + "Codes de sortie : 0 réussi, 1 étape en échec ou exécution déjà en cours, 2 erreur de configuration.");

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var outcome = await RunView.RunWithProgressAsync(console, new PipelineRunner(project, TimeProvider.System), RunTrigger.Cli, cancellationToken);
        RunView.WriteSummary(console, outcome);
        return outcome.Status == RunStatus.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
