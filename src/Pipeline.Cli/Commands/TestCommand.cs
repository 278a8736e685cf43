using Pipeline.Cli.Commands.Transforms;
using Pipeline.Transforms.Results;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline test</c>: runs the data tests against the models already built.</summary>
internal sealed class TestCommand(TransformRun run) : IPipelineCommand
{
    public static Command Create() => new Command(
        "test",
        "Exécute les tests de données (unique, not_null, accepted_values, relationships, tests SQL) sur les modèles déjà construits. "
        + "Code de sortie 1 si un test de sévérité error échoue.").With();

    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        run.ExecuteAsync(RunCommand.Test, parseResult, cancellationToken);
}
