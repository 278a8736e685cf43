using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Runs;
using Pipeline.Core;
using Pipeline.SampleData;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// <c>pipeline demo</c>: the whole job on the embedded sample data, in a fresh project folder whose
/// pipeline.yaml reuses this project's contracts, models, seeds, tests and pages.
/// </summary>
internal sealed class DemoCommand(IServiceProvider services, CliConsole console) : IPipelineCommand
{
    private const string DemoName = "demo-isp-es";

    private static readonly Option<string> Output = new("--output", "-o")
    {
        Description = "Dossier du projet de démonstration (recréé à chaque fois).",
        DefaultValueFactory = _ => "demo",
    };

    private static readonly Option<double> Scale = new("--scale")
    {
        Description = "Taille du secteur simulé (1 = le secteur réel). 0,25 par défaut : moins d'une minute, les mêmes tendances.",
        DefaultValueFactory = _ => 0.25,
    };

    private static readonly Option<string> Years = new("--years")
    {
        Description = "Années générées.",
        DefaultValueFactory = _ => "2019-2024",
    };

    public static Command Create() => new(
        "demo",
        "Démonstration complète sur les données d'exemple : génère les extraits des six fédérations dans un projet neuf, "
        + "les ingère, construit et teste les marts, publie le site, puis indique où il se trouve et comment l'ouvrir.")
    {
        Output, Scale, Years,
    };

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var template = services.GetRequiredService<PipelineProject>();
        var folder = Path.GetFullPath(parseResult.GetValue(Output)!, services.GetRequiredService<CliEnvironment>().WorkingDirectory);
        var (first, last) = GenerateCommand.ParseYears(parseResult.GetValue(Years)!);
        var project = CreateProject(folder, template);
        console.Error.MarkupLine($"[grey]Projet de démonstration : {Markup.Escape(folder)}[/]");

        var generated = await Task.Run(() => SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputPath = project.InboxPath,
            FirstYear = first,
            LastYear = last,
            Scale = parseResult.GetValue(Scale),
            WithIdentifiers = true,
        }, cancellationToken: cancellationToken), cancellationToken);
        console.Error.MarkupLine(string.Create(CultureInfo.GetCultureInfo("fr-BE"),
            $"[green]✔ génération[/] : {generated.Files.Count} fichiers de six fédérations, avec leurs défauts et trois fichiers identifiants à refuser"));

        var report = await new PipelineRun(project).RunAsync(RunTrigger.Demo, new ConsoleRunObserver(console), cancellationToken);
        FullRunCommand.Summarise(console, project, report);
        if (report.Succeeded)
        {
            var relative = Path.GetRelativePath(services.GetRequiredService<CliEnvironment>().WorkingDirectory, folder);
            console.Output.WriteLine($"Ouvrez le site : pipeline serve --project {relative}   (ou dotnet run --project src/Pipeline.Cli -- serve --project {relative})");
            console.Output.WriteLine($"Rapports de validation à renvoyer aux fédérations : {Path.Combine(project.LakePath, "reports")}");
        }

        return report.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    // A fresh folder: a previous demo is removed, anything else is refused rather than deleted.
    private static PipelineProject CreateProject(string folder, PipelineProject template)
    {
        var config = Path.Combine(folder, PipelineProject.FileName);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!File.Exists(config) || !File.ReadAllText(config).Contains($"name: {DemoName}", StringComparison.Ordinal))
            {
                throw new PipelineException($"Le dossier {folder} existe et n'est pas un projet de démonstration : choisissez-en un autre avec --output.");
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        static string List(IEnumerable<string> paths) => "[" + string.Join(", ", paths.Select(p => $"\"{p}\"")) + "]";
        File.WriteAllText(config, $"""
            # Projet de démonstration créé par « pipeline demo » : données d'exemple, contenu du projet {template.RootPath}.
            name: {DemoName}
            duckdb:
              threads: {template.Options.DuckDb.Threads}
              memory_limit: {template.Options.DuckDb.MemoryLimit}
              block_allocator_memory: {template.Options.DuckDb.BlockAllocatorMemory}
            ingestion:
              contracts: "{template.ContractsPath}"
            transforms:
              model_paths: {List(template.ModelPaths)}
              seed_paths: {List(template.SeedPaths)}
              test_paths: {List(template.TestPaths)}
              threads: {template.Options.Transforms.Threads}
            dashboards:
              pages: "{template.PagesPath}"
            """);
        return PipelineProject.Load(folder);
    }
}
