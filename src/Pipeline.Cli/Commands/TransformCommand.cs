using Pipeline.Cli.Commands.Transforms;
using Pipeline.Transforms.Results;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline transform</c>: builds the seeds and SQL models, without their tests.</summary>
internal sealed class TransformCommand(TransformRun run) : IPipelineCommand
{
    public static Command Create() => new Command(
        "transform",
        "Construit les seeds et les modèles SQL dans l'entrepôt, dans l'ordre des dépendances (sans les tests). "
        + "Code de sortie 1 si un modèle échoue, 2 si le projet ou la sélection est invalide.").With();

    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        run.ExecuteAsync(RunCommand.Transform, parseResult, cancellationToken);
}
