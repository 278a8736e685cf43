using Pipeline.Cli.Commands.Transforms;
using Pipeline.Transforms.Results;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline build</c>: seeds, models and tests interleaved in dependency order.</summary>
internal sealed class BuildCommand(TransformRun run) : IPipelineCommand
{
    public static Command Create() => new Command(
        "build",
        "Construit les seeds et les modèles et exécute leurs tests au fil de l'eau : un test de sévérité error qui échoue "
        + "empêche la construction de tout ce qui en dépend. Code de sortie 1 en cas d'échec.").With();

    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        run.ExecuteAsync(RunCommand.Build, parseResult, cancellationToken);
}
