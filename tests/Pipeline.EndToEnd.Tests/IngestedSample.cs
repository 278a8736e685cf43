using Pipeline.Core;
using Pipeline.Ingestion;
using Pipeline.SampleData;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// One generated inbox (small scale, default defect rate, identifier files included) ingested once into a
/// temporary project, shared by the tests of a class and deleted afterwards.
/// </summary>
public sealed class IngestedSample : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pipeline-e2e-" + Guid.NewGuid().ToString("N"));

    public PipelineProject Project { get; private set; } = null!;

    public GenerationManifest Generated { get; private set; } = null!;

    public IngestionSummary FirstRun { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        await File.WriteAllTextAsync(Path.Combine(Root, "pipeline.yaml"), "name: e2e\n");
        Project = PipelineProject.Load(Root);
        Generated = SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputPath = Project.InboxPath,
            Scale = 0.05,
            FirstYear = 2020,
            LastYear = 2022,
            WithIdentifiers = true,
        });
        FirstRun = await new IngestionRunner(Project).RunAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
