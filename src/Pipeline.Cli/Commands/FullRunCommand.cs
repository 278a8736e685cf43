using System.Globalization;
using Pipeline.Cli.Runs;
using Pipeline.Core;
using Pipeline.Core.Runs;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline run</c>: the whole refresh, as the nightly worker runs it (named so beside the transforms' RunCommand).</summary>
internal sealed class FullRunCommand(PipelineProject project, CliConsole console) : IPipelineCommand
{
    public static Command Create() => new(
        "run",
        "Exécute tout le pipeline en une fois : ingestion de la boîte de réception, construction des modèles et de leurs tests, "
        + "génération et publication atomique du site. Une étape en échec arrête les suivantes et le site publié reste le précédent. "
        + "Une seule exécution à la fois par projet. Code de sortie 1 si une étape échoue.");

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var report = await new PipelineRun(project).RunAsync(RunTrigger.Cli, new ConsoleRunObserver(console), cancellationToken);
        Summarise(console, project, report);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    public static void Summarise(CliConsole console, PipelineProject project, RunReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(report);
        var seconds = report.Duration.TotalSeconds.ToString("0.0", CultureInfo.GetCultureInfo("fr-BE"));
        if (report.Succeeded)
        {
            console.Output.MarkupLine($"[green]Exécution {Markup.Escape(report.RunId)} réussie en {seconds} s.[/] Site publié : {Markup.Escape(project.SitePath)}");
        }
        else
        {
            console.Output.MarkupLine($"[red]Exécution {Markup.Escape(report.RunId)} {Markup.Escape(RunStatus.InFrench(report.Status))} en {seconds} s[/] — {Markup.Escape(report.Error ?? "")}");
            console.Output.WriteLine("Le site publié n'a pas changé. Historique : pipeline status.");
        }
    }
}
