using System.Globalization;
using Dapper;
using Pipeline.Cli.Runs;
using Pipeline.Core;
using Pipeline.Core.Runs;
using Pipeline.DuckDb;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline status</c>: the recent runs and how fresh each federation's data is.</summary>
internal sealed class StatusCommand(PipelineProject project, CliConsole console) : IPipelineCommand
{
    private static readonly Option<int> Last = new("--last")
    {
        Description = "Nombre d'exécutions récentes affichées.",
        DefaultValueFactory = _ => 10,
    };

    public static Command Create() => new(
        "status",
        "Affiche les dernières exécutions (déclencheur, début, durée, statut, étapes) et la fraîcheur des données de chaque fédération.")
    {
        Last,
    };

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (!File.Exists(project.WarehousePath))
        {
            console.Output.WriteLine($"Aucun entrepôt encore ({project.WarehousePath}) : lancez « pipeline run ».");
            return ExitCodes.Success;
        }

        var fr = CultureInfo.GetCultureInfo("fr-BE");
        var runs = await new RunHistory(project).RecentAsync(parseResult.GetValue(Last));
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Dernières exécutions") };
        foreach (var header in new[] { "Exécution", "Déclencheur", "Début", "Durée", "Statut", "Étapes" })
        {
            table.AddColumn(header);
        }

        foreach (var run in runs)
        {
            var duration = run.EndedAt is { } end ? (end - run.StartedAt).TotalSeconds.ToString("0.0", fr) + " s" : "—";
            var colour = run.Status == RunStatus.Succeeded ? "green" : run.Status == RunStatus.Running ? "yellow" : "red";
            table.AddRow(
                Markup.Escape(run.RunId),
                Markup.Escape(RunTrigger.InFrench(run.Trigger)),
                run.StartedAt.ToLocalTime().ToString("dd/MM/yyyy HH:mm", fr),
                duration,
                $"[{colour}]{Markup.Escape(RunStatus.InFrench(run.Status))}[/]",
                Markup.Escape(string.Join(" · ", run.Steps.Select(s => $"{s.Step} {RunStatus.InFrench(s.Status)}"))
                    + (run.Error is null ? "" : "\n" + run.Error)));
        }

        console.Output.Write(table);
        await ShowFreshnessAsync(fr);
        return ExitCodes.Success;
    }

    private async Task ShowFreshnessAsync(CultureInfo fr)
    {
        await using var connection = new DuckDBConnection(project.WarehouseConnectionString);
        await connection.OpenAsync();
        var exists = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ingest_manifest'");
        if (exists == 0)
        {
            console.Output.WriteLine("Aucun fichier ingéré pour l'instant.");
            return;
        }

        var rows = await connection.QueryAsync<(string Federation, DateTime LastReceived, int? LastPeriod, long Files, long Refused)>("""
            SELECT federation, max(received_at), max(period) FILTER (WHERE status = 'ingested'), count(*),
                count(*) FILTER (WHERE status IN ('refused', 'unrecognised', 'error', 'empty'))
            FROM ingest_manifest GROUP BY federation ORDER BY federation
            """);
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Fraîcheur des données par fédération") };
        foreach (var header in new[] { "Fédération", "Dernier envoi", "Dernière période", "Tables reçues", "Refusées ou illisibles" })
        {
            table.AddColumn(header);
        }

        foreach (var row in rows)
        {
            var age = (DateTime.Now - row.LastReceived).TotalDays;
            table.AddRow(Markup.Escape(row.Federation), row.LastReceived.ToString("dd/MM/yyyy HH:mm", fr) + (age > 60 ? " [yellow](ancien)[/]" : ""),
                row.LastPeriod?.ToString(CultureInfo.InvariantCulture) ?? "—", row.Files.ToString("#,0", fr),
                row.Refused == 0 ? "0" : $"[red]{row.Refused.ToString("#,0", fr)}[/]");
        }

        console.Output.Write(table);
    }
}
