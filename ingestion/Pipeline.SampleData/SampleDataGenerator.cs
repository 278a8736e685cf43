using Pipeline.SampleData.Generation;
using Pipeline.SampleData.Identifiers;
using Pipeline.SampleData.Output;
using Pipeline.SampleData.Sector;
using Pipeline.SampleData.World;

namespace Pipeline.SampleData;

/// <summary>
/// Generates the synthetic federation extracts into an inbox: every dataset of every federation for every
/// year, in each federation's own format and quirks, plus the file-level mistakes federations make (an
/// empty file, a file sent twice, a corrected _v2) and, on request, files that identify people.
/// </summary>
public static class SampleDataGenerator
{
    private const int IdentifierRows = 40;

    public static GenerationManifest Generate(SampleDataOptions options, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var world = SectorWorld.Build(options.Seed, options.Scale);
        var jobs = PlanFiles(world, options).ToList();
        var written = new GeneratedFile[jobs.Count];
        var done = 0;
        Parallel.ForEach(
            jobs.Select((job, index) => (job, index)),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
            item =>
            {
                written[item.index] = item.job();
                var count = Interlocked.Increment(ref done);
                progress?.Report(new GenerationProgress(count, jobs.Count, written[item.index].RelativePath, written[item.index].Rows));
            });

        var files = written.ToList();
        if (options.DefectRate > 0)
        {
            files.AddRange(FileDefects(world, options, cancellationToken));
        }

        if (options.WithIdentifiers)
        {
            files.AddRange(WriteIdentifierFiles(options));
        }

        var manifest = new GenerationManifest(options.Seed, options.Scale, options.FirstYear, options.LastYear, options.DefectRate, files);
        manifest.Save(options.OutputPath);
        return manifest;
    }

    /// <summary>One job per file: a workbook per year for UNESSA, a file per dataset and year for the others.</summary>
    private static IEnumerable<Func<GeneratedFile>> PlanFiles(SectorWorld world, SampleDataOptions options)
    {
        foreach (var style in FederationStyle.All)
        {
            var members = world.Operators.Where(o => o.Federation == style.Federation).ToList();
            var datasets = DatasetSchemas.All.Where(d => DatasetRows.IsSentBy(d, members)).ToList();
            for (var year = options.FirstYear; year <= options.LastYear; year++)
            {
                var context = new RowContext(world, style.Federation, year, style.SchemaVersion(year));
                if (style.Format == FileFormat.XlsxWorkbookPerYear)
                {
                    var path = Path.Combine(style.Federation, $"rapport_annuel_{year}.xlsx");
                    yield return () => ExtractWriter.Write(
                        options.OutputPath, path, style, datasets, context, options.DefectRate, atLeastOneDefect: false, CancellationToken.None);
                    continue;
                }

                foreach (var dataset in datasets)
                {
                    if (IsEmptyFileDefect(options, style.Federation, dataset.Name, year))
                    {
                        continue;
                    }

                    var path = Path.Combine(style.Federation, FileName(style, dataset.Name, year));
                    // The file a _v2 will correct gets more mistakes, and at least one whatever its size.
                    var corrected = IsCorrectedFileDefect(options, style.Federation, dataset.Name, year);
                    var rate = corrected ? Math.Max(0.05, options.DefectRate) : options.DefectRate;
                    yield return () => ExtractWriter.Write(options.OutputPath, path, style, [dataset], context, rate, corrected, CancellationToken.None);
                }
            }
        }
    }

    /// <summary>The file-level mistakes of domain.md §8, on fixed, documented targets.</summary>
    private static IEnumerable<GeneratedFile> FileDefects(SectorWorld world, SampleDataOptions options, CancellationToken cancellationToken)
    {
        var emptyYear = Math.Min(options.LastYear, options.FirstYear + 1);
        var empty = Path.Combine("CAIPS", FileName(FederationStyle.For("CAIPS"), "sis_activite_annee", emptyYear));
        File.WriteAllBytes(Path.Combine(options.OutputPath, empty), []);
        yield return new GeneratedFile(empty, "CAIPS", "sis_activite_annee", emptyYear, GeneratedFile.Empty, 0, new Dictionary<Defects.RowDefect, int>());

        var resentYear = Math.Clamp(2019, options.FirstYear, options.LastYear);
        var original = Path.Combine("ALEAP", FileName(FederationStyle.For("ALEAP"), "parcours", resentYear));
        var copy = Path.Combine("ALEAP", $"parcours_{resentYear} (1).csv");
        File.Copy(Path.Combine(options.OutputPath, original), Path.Combine(options.OutputPath, copy), overwrite: true);
        yield return new GeneratedFile(copy, "ALEAP", "parcours", resentYear, GeneratedFile.Resent, 0, new Dictionary<Defects.RowDefect, int>());

        var correctedYear = Math.Clamp(2021, options.FirstYear, options.LastYear);
        var style = FederationStyle.For("FEBISP");
        var context = new RowContext(world, "FEBISP", correctedYear, style.SchemaVersion(correctedYear));
        var corrected = ExtractWriter.Write(options.OutputPath, Path.Combine("FEBISP", $"filiere_annee_{correctedYear}_v2.csv"), style,
            [DatasetSchemas.FiliereAnnee], context, defectRate: 0, atLeastOneDefect: false, cancellationToken);
        yield return corrected with { Kind = GeneratedFile.Corrected };
    }

    private static IEnumerable<GeneratedFile> WriteIdentifierFiles(SampleDataOptions options)
    {
        foreach (var (relativePath, content, encoding) in IdentifierFiles.Create(options.Seed, options.LastYear, IdentifierRows))
        {
            var path = Path.Combine(options.OutputPath, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, encoding);
            var federation = relativePath.Split('/', '\\')[0];
            var rows = content.Count(c => c == '\n') - 1;
            yield return new GeneratedFile(relativePath, federation, null, options.LastYear, GeneratedFile.Identifiers, rows, new Dictionary<Defects.RowDefect, int>());
        }
    }

    private static string FileName(FederationStyle style, string dataset, int year) => style.Format switch
    {
        FileFormat.JsonLines => $"{dataset}_{year}.jsonl",
        FileFormat.XlsxWithTitleBlock => $"{dataset}_{year}.xlsx",
        _ => $"{dataset}_{year}.csv",
    };

    private static bool IsEmptyFileDefect(SampleDataOptions options, string federation, string dataset, int year) =>
        options.DefectRate > 0 && federation == "CAIPS" && dataset == "sis_activite_annee" && year == Math.Min(options.LastYear, options.FirstYear + 1);

    private static bool IsCorrectedFileDefect(SampleDataOptions options, string federation, string dataset, int year) =>
        options.DefectRate > 0 && federation == "FEBISP" && dataset == "filiere_annee" && year == Math.Clamp(2021, options.FirstYear, options.LastYear);
}
