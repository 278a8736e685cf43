using System.Globalization;
using Pipeline.Core.Runs;
using Spectre.Console;

namespace Pipeline.Cli.Runs;

/// <summary>Shows each step of a run on the terminal as it starts and ends.</summary>
internal sealed class ConsoleRunObserver(CliConsole console) : IRunObserver
{
    public void StepStarted(string step) => console.Error.MarkupLine($"[grey]▶ {Markup.Escape(step)}…[/]");

    public void StepEnded(StepRecord step)
    {
        var seconds = step.EndedAt is { } end ? (end - step.StartedAt).TotalSeconds : 0;
        var (mark, colour) = step.Status switch
        {
            RunStatus.Succeeded => ("✔", "green"),
            RunStatus.Skipped => ("–", "grey"),
            _ => ("✘", "red"),
        };
        var text = string.Create(CultureInfo.GetCultureInfo("fr-BE"), $"{mark} {step.Step} ({RunStatus.InFrench(step.Status)}, {seconds:0.0} s)")
            + (step.Detail is null ? "" : " : " + step.Detail) + (step.Error is null ? "" : " — " + step.Error);
        console.Error.MarkupLine($"[{colour}]{Markup.Escape(text)}[/]");
    }
}
