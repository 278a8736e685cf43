using System.Diagnostics;
using System.Globalization;
using Pipeline.Cli.Runs;
using Pipeline.Core;
using Pipeline.Core.Runs;
using Pipeline.SampleData;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// <c>pipeline demo</c>: the whole job on the embedded sample, in a fresh project folder beside the
/// current one — generate, then one run (ingest → build → dashboards) — and where to find the result.
/// </summary>
internal sealed class DemoCommand(PipelineProject source, CliEnvironment environment, CliConsole console) : IPipelineCommand
{
    /// <summary>Default sample size of the demo: see README (measured to keep the demo under a minute on 2 cores).</summary>
    public const double DefaultScale = 0.25;

    private static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "Dossier du projet de démonstration, recréé à chaque fois (par défaut : ./demo).",
        DefaultValueFactory = _ => "demo",
        HelpName = "dossier",
    };

    private static readonly Option<double> Scale = new("--scale")
    {
        Description = "Taille du secteur simulé : 1 = le secteur réel (plus long) ; par défaut 0,25, qui garde les tendances de l'exemple.",
        DefaultValueFactory = _ => DefaultScale,
    };

    public static Command Create() => new(
        "demo",
        "Démonstration complète sur les données d'exemple : génère les extraits des fédérations dans un nouveau projet (./demo), "
        + "exécute tout le pipeline et indique où se trouve le site et comment l'ouvrir.")
    {
        Output, Scale,
    };

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var demo = DemoProject.Create(source, Path.GetFullPath(parseResult.GetValue(Output)!, environment.WorkingDirectory));
        var options = new SampleDataOptions { OutputPath = demo.InboxPath, Scale = parseResult.GetValue(Scale) };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new PipelineException(e.Message);
        }

        console.Error.Status().Start("Génération des extraits d'exemple…", _ => SampleDataGenerator.Generate(options, cancellationToken: cancellationToken));
        var outcome = await RunView.RunWithProgressAsync(console, new PipelineRunner(demo, TimeProvider.System), RunTrigger.Demo, cancellationToken);
        RunView.WriteSummary(console, outcome);
        var french = CultureInfo.GetCultureInfo("fr-BE");
        console.Output.WriteLine(string.Create(french, $"Démonstration terminée en {clock.Elapsed.TotalSeconds:0.0} s. Projet : {demo.RootPath}"));
        var index = Path.Combine(demo.SitePath, "index.html");
        if (File.Exists(index))
        {
            console.Output.WriteLine($"Site publié : {index}");
            console.Output.WriteLine($"Pour le consulter : python3 -m http.server 8000 --directory {demo.SitePath}  puis http://localhost:8000/");
        }
        else
        {
            console.Output.MarkupLine(Markup.Escape(
                $"Aucun site publié dans {demo.SitePath} : l'étape des tableaux de bord n'a pas tourné (voir le tableau ci-dessus)."));
        }

        console.Output.WriteLine($"Historique et fraîcheur : dotnet run --project src/Pipeline.Cli -- status --project {demo.RootPath}");
        return outcome.Status == RunStatus.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }
}
