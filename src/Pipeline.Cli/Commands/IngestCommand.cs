using Pipeline.Core;
using Pipeline.Ingestion;
using Pipeline.Ingestion.Manifest;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline ingest</c>: takes the federations' files from the inbox into the lake.</summary>
internal sealed class IngestCommand(PipelineProject project, CliConsole console) : IPipelineCommand
{
    private static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Échoue (code 1) si un fichier est refusé, non reconnu ou illisible. Par défaut, ils sont signalés et l'ingestion réussit.",
    };

    public static Command Create() => new(
        "ingest",
        "Ingère les fichiers déposés dans inbox/<FÉDÉRATION>/ : conservation à l'identique, validation contre les contrats, "
        + "lignes valides dans le lac Parquet, lignes invalides en quarantaine, refus des fichiers identifiants, rapport par fichier.")
    {
        Strict,
    };

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        IngestionSummary? summary = null;
        await console.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingestion");
                var progress = new SynchronousProgress<IngestionProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.FilesPlanned);
                    task.Value = p.FilesDone;
                    task.Description = Markup.Escape(p.CurrentFile ?? "Ingestion");
                });
                summary = await new IngestionRunner(project).RunAsync(progress, cancellationToken: cancellationToken);
            });

        Show(summary!);
        if (summary!.Errors > 0 || (parseResult.GetValue(Strict) && summary.Refused > 0))
        {
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    private void Show(IngestionSummary summary)
    {
        var handled = summary.Files.Where(f => !f.Skipped).ToList();
        if (handled.Count == 0)
        {
            console.Output.WriteLine($"Aucun nouveau fichier dans {project.InboxPath} ({summary.Files.Count} déjà traités).");
            return;
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Fichiers ingérés") };
        foreach (var header in new[] { "Fichier", "Jeu de données", "Acceptées", "Quarantaine", "Statut", "Motif" })
        {
            table.AddColumn(header);
        }

        foreach (var entry in handled.SelectMany(f => f.Tables))
        {
            table.AddRow(
                Markup.Escape(entry.ReceivedPath + (entry.Sheet is null ? string.Empty : $" [{entry.Sheet}]")),
                Markup.Escape(entry.Dataset ?? "—"),
                entry.RowsOk.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("fr-BE")),
                entry.RowsQuarantined.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("fr-BE")),
                entry.Status == IngestStatus.Ingested ? $"[green]{entry.Status}[/]" : $"[red]{entry.Status}[/]",
                Markup.Escape(entry.Reason ?? string.Empty));
        }

        console.Output.Write(table);
        console.Output.WriteLine($"{handled.Count} fichier(s) traité(s), {summary.Refused} table(s) refusée(s) ou non reconnue(s). Rapports : {Path.Combine(project.LakePath, "reports")}");
        var french = System.Globalization.CultureInfo.GetCultureInfo("fr-BE");
        console.Output.WriteLine("Temps par étape (cumulé sur les voies parallèles) : "
            + string.Join(" · ", summary.Timings.Stages.Select(s => $"{s.Stage[2..]} {s.Time.TotalSeconds.ToString("0.0", french)} s")));
    }
}
