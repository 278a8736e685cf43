using System.Globalization;
using Pipeline.Cli.Runs;
using Pipeline.Core;
using Pipeline.Core.Runs;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline status</c>: the recent runs and how fresh each federation's data is.</summary>
internal sealed class StatusCommand(PipelineProject project, CliConsole console) : IPipelineCommand
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-BE");

    private static readonly Option<int> Last = new("--last", "-n")
    {
        Description = "Nombre d'exécutions récentes à afficher.",
        DefaultValueFactory = _ => 10,
    };

    public static Command Create() => new(
        "status",
        "Affiche les dernières exécutions du pipeline (déclencheur, début, durée, statut, étapes) et la fraîcheur des données "
        + "de chaque fédération (dernier fichier reçu, dernière année). Une exécution tuée apparaît « interrompu ».")
    {
        Last,
    };

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (RunLock.ReadHolder(project) is { } holder && RunLock.IsHeld(project))
        {
            // The running process holds the warehouse: DuckDB lets no other process open it.
            console.Output.WriteLine(string.Create(French,
                $"Une exécution est en cours : {holder.RunId}, processus {holder.ProcessId}, démarrée le {holder.StartedAt.ToLocalTime():dd/MM/yyyy à HH:mm:ss}. L'historique sera lisible à sa fin."));
            return ExitCodes.Success;
        }

        if (!File.Exists(project.WarehousePath))
        {
            console.Output.WriteLine($"Aucun entrepôt dans {project.WarehousePath} : le pipeline n'a pas encore tourné (pipeline run).");
            return ExitCodes.Success;
        }

        var history = new RunHistory(project);
        using (var probe = RunLock.TryAcquire(project, "status", DateTimeOffset.UtcNow))
        {
            // With the lock free, a run still "en cours" was killed: say so now rather than at the next run.
            if (probe is not null)
            {
                await history.MarkInterruptedAsync(DateTime.UtcNow, cancellationToken);
            }
        }

        var count = Math.Max(1, parseResult.GetValue(Last));
        WriteRuns(await history.RecentRunsAsync(count, cancellationToken), await history.RecentStepsAsync(count, cancellationToken));
        WriteFreshness(await FederationFreshness.ReadAsync(project, cancellationToken));
        return ExitCodes.Success;
    }

    private void WriteRuns(IReadOnlyList<RunRecord> runs, IReadOnlyList<RunStepRecord> steps)
    {
        if (runs.Count == 0)
        {
            console.Output.WriteLine("Aucune exécution enregistrée (pipeline run).");
            return;
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Exécutions récentes") };
        foreach (var header in new[] { "Exécution", "Déclencheur", "Début", "Durée", "Statut", "Étapes", "Erreur" })
        {
            table.AddColumn(header);
        }

        foreach (var run in runs)
        {
            var runSteps = steps.Where(s => s.RunId == run.RunId)
                .Select(s => $"{RunStep.Label(s.Step)} {RunView.StatusMarkup(s.Status)}"
                    + (s.FinishedAt is { } end ? " " + RunView.Duration(end - s.StartedAt) : string.Empty)
                    + (s.Rows is { } rows ? string.Create(French, $" ({rows:#,0} l.)") : string.Empty));
            table.AddRow(
                Markup.Escape(run.RunId),
                Markup.Escape(run.Trigger),
                Local(run.StartedAt),
                run.FinishedAt is { } finished ? RunView.Duration(finished - run.StartedAt) : "—",
                RunView.StatusMarkup(run.Status),
                string.Join(Environment.NewLine, runSteps),
                Markup.Escape(run.Error ?? string.Empty));
        }

        console.Output.Write(table);
    }

    private void WriteFreshness(IReadOnlyList<FederationFreshness> federations)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Fraîcheur des données par fédération") };
        foreach (var header in new[] { "Fédération", "Dernier fichier reçu", "Dernière année", "Tables courantes", "Lignes" })
        {
            table.AddColumn(header);
        }

        foreach (var federation in federations)
        {
            table.AddRow(
                Markup.Escape(federation.Federation),
                federation.LastReceivedAt is { } received ? Local(received) : "[yellow]rien reçu[/]",
                federation.LastPeriod?.ToString(CultureInfo.InvariantCulture) ?? "—",
                federation.CurrentTables.ToString("#,0", French),
                federation.Rows.ToString("#,0", French));
        }

        console.Output.Write(table);
    }

    private static string Local(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToLocalTime().ToString("dd/MM/yyyy HH:mm", French);
}
