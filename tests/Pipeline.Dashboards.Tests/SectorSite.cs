using Pipeline.Core;
using Pipeline.Ingestion;
using Pipeline.SampleData;
using Pipeline.Transforms;

namespace Pipeline.Dashboards.Tests;

/// <summary>
/// A whole site built once from a generated sector (2019–2022, a tenth of the real volumes, identifier
/// files included): generate → ingest → build the repository's models → the repository's pages. Deleted
/// afterwards.
/// </summary>
public sealed class SectorSite : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pipeline-site-" + Guid.NewGuid().ToString("N"));

    public PipelineProject Project { get; private set; } = null!;

    public SiteBuildResult Result { get; private set; } = null!;

    public static string Repository => RepositoryRoot.Path;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        await File.WriteAllTextAsync(Path.Combine(Root, "pipeline.yaml"), RepositoryProject.Yaml("site-tests"));
        Project = PipelineProject.Load(Root);
        SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputPath = Project.InboxPath, Scale = 0.1, FirstYear = 2019, LastYear = 2022, WithIdentifiers = true,
        });
        await new IngestionRunner(Project).RunAsync();
        var build = await new TransformRunner(Project).BuildAsync();
        if (!build.Succeeded)
        {
            throw new InvalidOperationException("build failed: " + string.Join("; ", build.Results.Where(r => r.IsFailure).Select(r => r.Name + ": " + r.Message)));
        }

        Result = await new SiteGenerator(Project).BuildAsync();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SectorSiteCollection : ICollectionFixture<SectorSite>
{
    public const string Name = "sector site";
}
