using System.Globalization;
using Pipeline.Core;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Transforms;

/// <summary>The final account of a run: a table of every step, then what failed and why, then a summary line.</summary>
internal static class RunReport
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-BE");

    public static void Write(CliConsole console, PipelineProject project, RunResults run)
    {
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Type");
        table.AddColumn("Nom");
        table.AddColumn("Statut");
        table.AddColumn(new TableColumn("Lignes").RightAligned());
        table.AddColumn(new TableColumn("Durée").RightAligned());
        foreach (var result in run.Results)
        {
            table.AddRow(
                new Text(Kind(result)),
                new Text(result.Name),
                new Markup(Status(result.Status)),
                new Text(Rows(result)),
                new Text(result.Status == NodeStatus.Skipped ? "" : string.Create(French, $"{result.Elapsed.TotalSeconds:0.00} s")));
        }

        console.Output.Write(table);
        WriteProblems(console, project, run);
        console.Output.WriteLine(string.Create(French,
            $"Terminé en {run.Elapsed.TotalSeconds:0.0} s : {run.Count(NodeStatus.Success)} construit(s), {run.Count(NodeStatus.Pass)} test(s) réussi(s), "
            + $"{run.Count(NodeStatus.Warn)} avertissement(s), {run.Count(NodeStatus.Fail)} échec(s), {run.Count(NodeStatus.Error)} erreur(s), "
            + $"{run.Count(NodeStatus.Skipped)} ignoré(s). Détail : {Relative(project, run.RunResultsPath)}"));
    }

    private static void WriteProblems(CliConsole console, PipelineProject project, RunResults run)
    {
        foreach (var result in run.Results.Where(r => r.Status is NodeStatus.Error or NodeStatus.Fail or NodeStatus.Warn))
        {
            var where = result.Line is { } line ? $"{result.RelativePath}:{line}" : result.RelativePath;
            var colour = result.Status == NodeStatus.Warn ? Color.Yellow : Color.Red;
            var what = result.Status switch
            {
                NodeStatus.Error when result.Kind == NodeKind.Test => $"le test {result.Name} n'a pas pu s'exécuter",
                NodeStatus.Error => $"{(result.Kind == NodeKind.Seed ? "la seed" : "le modèle")} {result.Name} a échoué",
                _ => $"le test {result.Name} ({(result.Status == NodeStatus.Warn ? "avertissement" : "erreur")}) a trouvé {result.Failures} ligne(s) en défaut",
            };
            console.Output.Write(new Text($"{where} : {what}" + Environment.NewLine, new Style(colour)));
            if (result.Status == NodeStatus.Error && result.Message is { } message)
            {
                console.Output.Write(new Text(Indent(message) + Environment.NewLine, new Style(Color.Grey)));
            }

            foreach (var row in result.SampleRows)
            {
                console.Output.Write(new Text("    " + row + Environment.NewLine, new Style(Color.Grey)));
            }
        }

        foreach (var group in run.Results.Where(r => r.Status == NodeStatus.Skipped).GroupBy(r => r.Message))
        {
            console.Output.Write(new Text(
                $"{group.Key} — {group.Count()} étape(s) non exécutée(s) : {string.Join(", ", group.Select(r => r.Name))}" + Environment.NewLine,
                new Style(Color.Grey)));
        }
    }

    private static string Indent(string text) => "    " + text.ReplaceLineEndings(Environment.NewLine + "    ");

    private static string Kind(NodeResult result) => result.Kind switch
    {
        NodeKind.Seed => "seed",
        NodeKind.Test => "test",
        _ => result.Materialization switch
        {
            Materialization.View => "vue",
            Materialization.Parquet => "table + parquet",
            _ => "table",
        },
    };

    private static string Status(NodeStatus status) => status switch
    {
        NodeStatus.Success => "[green]OK[/]",
        NodeStatus.Pass => "[green]RÉUSSI[/]",
        NodeStatus.Warn => "[yellow]AVERTISSEMENT[/]",
        NodeStatus.Fail => "[red]ÉCHEC[/]",
        NodeStatus.Error => "[red]ERREUR[/]",
        _ => "[grey]IGNORÉ[/]",
    };

    private static string Rows(NodeResult result) => result switch
    {
        { Kind: NodeKind.Test, Failures: { } failures } => failures.ToString("#,0", French),
        { Rows: { } rows } => rows.ToString("#,0", French),
        { Materialization: Materialization.View, Status: NodeStatus.Success } => "(vue)",
        _ => "",
    };

    private static string Relative(PipelineProject project, string? path) =>
        path is null ? "" : Path.GetRelativePath(project.RootPath, path).Replace('\\', '/');
}
