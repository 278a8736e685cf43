using System.Globalization;
using Pipeline.Core.Runs;
using Spectre.Console;

namespace Pipeline.Cli.Runs;

/// <summary>How a run looks on a terminal: one progress bar per step while it runs, a table of steps after.</summary>
internal static class RunView
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-BE");

    /// <summary>Runs the pipeline with a progress bar per step on standard error.</summary>
    public static async Task<RunOutcome> RunWithProgressAsync(CliConsole console, PipelineRunner runner, string trigger, CancellationToken cancellationToken)
    {
        RunOutcome? outcome = null;
        await console.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress<RunStepProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Step, out var task))
                    {
                        foreach (var earlier in tasks.Values)
                        {
                            earlier.Value = earlier.MaxValue;
                        }

                        task = tasks[p.Step] = context.AddTask(RunStep.Label(p.Step));
                    }

                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = Markup.Escape(RunStep.Label(p.Step) + (p.Current is null ? string.Empty : " — " + p.Current));
                });
                outcome = await runner.RunAsync(trigger, progress, cancellationToken);
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });
        return outcome!;
    }

    /// <summary>The summary: one row per step, then the run's status line.</summary>
    public static void WriteSummary(CliConsole console, RunOutcome outcome)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Exécution {outcome.RunId}") };
        foreach (var header in new[] { "Étape", "Statut", "Durée", "Lignes", "Détail" })
        {
            table.AddColumn(header);
        }

        foreach (var step in outcome.Steps)
        {
            table.AddRow(
                Markup.Escape(RunStep.Label(step.Step)),
                StatusMarkup(step.Status),
                step.FinishedAt is { } end ? Duration(end - step.StartedAt) : "—",
                step.Rows?.ToString("#,0", French) ?? "—",
                Markup.Escape(step.Error ?? step.Detail ?? string.Empty));
        }

        console.Output.Write(table);
        console.Output.MarkupLine(string.Create(French,
            $"Exécution {Markup.Escape(outcome.RunId)} ({Markup.Escape(outcome.Trigger)}) : {StatusMarkup(outcome.Status)} en {Duration(outcome.Elapsed)}."));
        if (outcome.Error is { } error)
        {
            console.WriteError(error);
        }
    }

    public static string StatusMarkup(string status) => status switch
    {
        RunStatus.Succeeded => $"[green]{status}[/]",
        RunStatus.Running => $"[yellow]{status}[/]",
        RunStatus.Skipped => $"[grey]{status}[/]",
        _ => $"[red]{Markup.Escape(status)}[/]",
    };

    public static string Duration(TimeSpan elapsed) => elapsed.TotalSeconds < 60
        ? elapsed.TotalSeconds.ToString("0.0", French) + " s"
        : string.Create(French, $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds:00} s");
}
