using System.Diagnostics;
using System.Globalization;
using Pipeline.Core;
using Pipeline.Ingestion;
using Pipeline.SampleData;

namespace Pipeline.Marts.Benchmarks;

/// <summary>
/// A project folder whose pipeline.yaml points at the repository's transforms/ and marts/, with a lake
/// generated and ingested at the requested scale. Reused when it already holds a lake (--project).
/// </summary>
internal static class SectorProject
{
    public static async Task<PipelineProject> PrepareAsync(string root, double scale, int firstYear, int lastYear, string memoryLimit, TextWriter output)
    {
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "pipeline.yaml"),
            RepositoryProject.Yaml("bench-marts", $"{{ threads: {Environment.ProcessorCount}, memory_limit: {memoryLimit} }}"));
        var project = PipelineProject.Load(root);
        if (Directory.Exists(project.RawPath))
        {
            output.WriteLine($"    reusing the lake of {root}");
            return project;
        }

        var clock = Stopwatch.StartNew();
        SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputPath = project.InboxPath, Scale = scale, FirstYear = firstYear, LastYear = lastYear,
        });
        var generated = clock.Elapsed;
        await new IngestionRunner(project).RunAsync();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    generated in {generated.TotalSeconds:0.0} s, ingested in {(clock.Elapsed - generated).TotalSeconds:0.0} s; lake {Size(project.RawPath) / 1e6:0} MB of Parquet"));
        return project;
    }

    private static long Size(string path) => Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
