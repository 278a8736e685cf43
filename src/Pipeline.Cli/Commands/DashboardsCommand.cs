using System.Globalization;
using Pipeline.Core;
using Pipeline.Dashboards;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline dashboards</c>: builds the static site from the published marts and publishes it atomically.</summary>
internal sealed class DashboardsCommand(PipelineProject project, CliConsole console) : IPipelineCommand
{
    public static Command Create() => new(
        "dashboards",
        "Génère le site statique (tableaux de bord, fiches du mémorandum en DOCX, téléchargements CSV/XLSX) à partir des marts publiés "
        + "(lake/marts/pub_*.parquet), dans un dossier neuf, puis le publie d'un seul coup : le site en ligne n'est jamais à moitié à jour.");

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var result = await Build(project, console, cancellationToken);
        console.Output.WriteLine(string.Create(CultureInfo.GetCultureInfo("fr-BE"),
            $"Site publié : {result.Pages} pages, {result.Files} fichiers, {result.Bytes / 1e6:0.0} Mo en {result.Duration.TotalSeconds:0.0} s → {result.SitePath}"));
        foreach (var warning in result.Warnings)
        {
            console.Error.MarkupLine("[yellow]Attention :[/] " + Markup.Escape(warning));
        }

        console.Output.WriteLine("Pour le consulter : pipeline serve (puis ouvrez l'adresse affichée).");
        return ExitCodes.Success;
    }

    /// <summary>Builds the site with a progress bar; shared with <c>pipeline run</c>.</summary>
    public static async Task<SiteBuildResult> Build(PipelineProject project, CliConsole console, CancellationToken cancellationToken)
    {
        SiteBuildResult? result = null;
        await console.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Site");
                var progress = new SynchronousProgress<SiteBuildProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Planned);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(p.Current ?? "Publication");
                });
                result = await new SiteGenerator(project).BuildAsync(progress, cancellationToken);
            });
        return result!;
    }
}
