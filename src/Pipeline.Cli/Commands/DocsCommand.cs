using System.Globalization;
using Pipeline.Core;
using Pipeline.Transforms;
using Pipeline.Transforms.Graph;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline docs</c>: writes the static lineage page of the models.</summary>
internal sealed class DocsCommand(PipelineProject project, CliConsole console) : IPipelineCommand
{
    public static Command Create() => new(
        "docs",
        "Écrit la documentation des modèles dans target/docs/index.html : graphe de lignée, colonnes et descriptions, tests. "
        + "Une page autonome, lisible sans connexion.");

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var docs = await new TransformRunner(project).GenerateDocsAsync(cancellationToken);
        var graph = docs.Graph;
        console.Output.WriteLine(string.Create(CultureInfo.GetCultureInfo("fr-BE"),
            $"Documentation écrite : {docs.PagePath} ({graph.Nodes.Count(n => n.Kind == NodeKind.Model)} modèle(s), "
            + $"{graph.Nodes.Count(n => n.Kind == NodeKind.Seed)} seed(s), {graph.Sources.Count} source(s), {graph.Tests.Count} test(s))."));
        return ExitCodes.Success;
    }
}
