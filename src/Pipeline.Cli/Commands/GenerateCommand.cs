using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core;
using Pipeline.SampleData;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline generate</c>: writes the synthetic federation extracts (the embedded sample data) into an inbox.</summary>
internal sealed class GenerateCommand(IServiceProvider services, CliConsole console) : IPipelineCommand
{
    private static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Dossier de destination (la boîte de réception : un sous-dossier par fédération). Par défaut : inbox du projet.",
        HelpName = "dossier",
    };

    private static readonly Option<string> Years = new("--years")
    {
        Description = "Années à produire, « 2017-2024 » ou « 2023 ».",
        DefaultValueFactory = _ => "2017-2024",
        HelpName = "années",
    };

    private static readonly Option<double> Scale = new("--scale")
    {
        Description = "Taille du secteur simulé : 1 = le secteur réel (≈ 20 000 stagiaires par an), 0,1 pour un essai rapide.",
        DefaultValueFactory = _ => 1.0,
    };

    private static readonly Option<int> Seed = new("--seed")
    {
        Description = "Graine : la même graine produit des fichiers identiques à l'octet près.",
        DefaultValueFactory = _ => new SampleDataOptions { OutputPath = "." }.Seed,
    };

    private static readonly Option<double> DefectRate = new("--defect-rate")
    {
        Description = "Part des lignes portant une erreur (date impossible, heures négatives, code inconnu, doublon, champ en trop). 0 : données propres.",
        DefaultValueFactory = _ => 0.002,
    };

    private static readonly Option<bool> WithIdentifiers = new("--with-identifiers")
    {
        Description = "Ajoute des fichiers contenant des numéros de registre national, e-mails et téléphones, que l'ingestion doit refuser.",
    };

    public static Command Create() => new(
        "generate",
        "Génère les extraits synthétiques des six fédérations (données d'exemple), chacun dans le format et avec les défauts de sa fédération.")
    {
        Output, Years, Scale, Seed, DefectRate, WithIdentifiers,
    };

    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.GetValue(Output) is { } explicitPath
            ? Path.GetFullPath(explicitPath, services.GetRequiredService<CliEnvironment>().WorkingDirectory)
            : services.GetRequiredService<PipelineProject>().InboxPath;
        var (first, last) = ParseYears(parseResult.GetValue(Years)!);
        var options = new SampleDataOptions
        {
            OutputPath = output,
            FirstYear = first,
            LastYear = last,
            Scale = parseResult.GetValue(Scale),
            Seed = parseResult.GetValue(Seed),
            DefectRate = parseResult.GetValue(DefectRate),
            WithIdentifiers = parseResult.GetValue(WithIdentifiers),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new PipelineException(e.Message);
        }

        Directory.CreateDirectory(output);
        var started = DateTime.UtcNow;
        GenerationManifest? manifest = null;
        console.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Génération des extraits");
                var progress = new SynchronousProgress<GenerationProgress>(p =>
                {
                    task.MaxValue = p.FilesPlanned;
                    task.Value = p.FilesDone;
                    task.Description = Markup.Escape(p.LastFile);
                });
                manifest = SampleDataGenerator.Generate(options, progress, cancellationToken);
                task.Value = task.MaxValue;
                task.Description = "Génération des extraits";
            });

        Summarise(manifest!, output, DateTime.UtcNow - started);
        return Task.FromResult(ExitCodes.Success);
    }

    private void Summarise(GenerationManifest manifest, string output, TimeSpan elapsed)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Extraits générés") };
        table.AddColumn("Fédération");
        table.AddColumn(new TableColumn("Fichiers").RightAligned());
        table.AddColumn(new TableColumn("Lignes").RightAligned());
        table.AddColumn(new TableColumn("Lignes à défaut").RightAligned());
        foreach (var group in manifest.Files.GroupBy(f => f.Federation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            table.AddRow(
                group.Key,
                Number(group.Count()),
                Number(group.Sum(f => f.Rows)),
                Number(group.Sum(f => f.Defects.Values.Sum())));
        }

        console.Output.Write(table);
        foreach (var special in manifest.Files.Where(f => f.Kind != GeneratedFile.Extract))
        {
            console.Output.WriteLine($"  {special.Kind,-12} {special.RelativePath}");
        }

        console.Output.WriteLine(string.Create(CultureInfo.GetCultureInfo("fr-BE"),
            $"{manifest.Files.Count} fichiers écrits dans {output} en {elapsed.TotalSeconds:0.0} s (détail : {GenerationManifest.FileName})."));
    }

    private static string Number(long value) => value.ToString("#,0", CultureInfo.GetCultureInfo("fr-BE"));

    internal static (int First, int Last) ParseYears(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            return (first, last);
        }

        throw new PipelineException($"--years attend « 2017-2024 » ou une seule année comme « 2023 » (reçu « {text} »).");
    }
}
