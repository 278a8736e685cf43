using Pipeline.Core;
using Pipeline.Transforms;
using Pipeline.Transforms.Results;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Transforms;

/// <summary>What <c>transform</c>, <c>test</c> and <c>build</c> share: load, run with a progress bar, report, exit code.</summary>
internal sealed class TransformRun(PipelineProject project, CliConsole console)
{
    public async Task<int> ExecuteAsync(RunCommand command, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = SelectionOptions.Read(parseResult);
        var runner = new TransformRunner(project);
        var graph = await runner.LoadAsync(cancellationToken);
        RunResults? run = null;
        await console.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Title(command));
                var progress = new SynchronousProgress<RunProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = p.Running.Count == 0 ? Title(command) : Markup.Escape(string.Join(", ", p.Running));
                });
                run = await runner.RunAsync(graph, command, options, progress, cancellationToken);
                task.Value = task.MaxValue;
                task.Description = Title(command);
            });

        if (run!.IsEmpty)
        {
            console.Output.WriteLine(graph.Nodes.Count == 0 && graph.Tests.Count == 0
                ? $"Rien à faire : aucun modèle, seed ni test dans {string.Join(", ", project.Options.Transforms.ModelPaths)} "
                    + $"(modèles .sql), {string.Join(", ", project.Options.Transforms.SeedPaths)} (seeds .csv) ni "
                    + $"{string.Join(", ", project.Options.Transforms.TestPaths)} (tests .sql)."
                : "Rien à faire : la sélection ne contient aucun " + (command == RunCommand.Test ? "test." : "modèle ni test."));
            return ExitCodes.Success;
        }

        RunReport.Write(console, project, run);
        return run.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string Title(RunCommand command) => command switch
    {
        RunCommand.Transform => "Construction des modèles",
        RunCommand.Test => "Tests des modèles",
        _ => "Construction et tests",
    };
}
