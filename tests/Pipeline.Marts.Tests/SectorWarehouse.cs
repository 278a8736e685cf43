using Pipeline.Core;
using Pipeline.DuckDb;
using Pipeline.Ingestion;
using Pipeline.SampleData;
using Pipeline.Transforms;
using Pipeline.Transforms.Results;

namespace Pipeline.Marts.Tests;

/// <summary>
/// The repository's real models built once on a generated sector (2019–2022, a quarter of the real
/// volumes: enough for the §7 stories, small enough for the suite) in a temporary project whose
/// pipeline.yaml points at the repository's transforms/ and marts/. Deleted afterwards.
/// </summary>
public sealed class SectorWarehouse : IAsyncLifetime
{
    public const int FirstYear = 2019;
    public const int LastYear = 2022;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pipeline-marts-" + Guid.NewGuid().ToString("N"));

    public PipelineProject Project { get; private set; } = null!;

    public RunResults Build { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        await File.WriteAllTextAsync(Path.Combine(Root, "pipeline.yaml"), RepositoryProject.Yaml("marts-tests"));
        Project = PipelineProject.Load(Root);
        SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputPath = Project.InboxPath,
            Scale = 0.25,
            FirstYear = FirstYear,
            LastYear = LastYear,
        });
        await new IngestionRunner(Project).RunAsync();
        Build = await new TransformRunner(Project).BuildAsync();
    }

    /// <summary>A read-only connection to the warehouse the build wrote.</summary>
    public DuckDBConnection OpenWarehouse()
    {
        var connection = new DuckDBConnection($"Data Source=:memory:");
        connection.Open();
        using var attach = connection.CreateCommand();
        attach.CommandText = $"ATTACH '{Project.WarehousePath.Replace("'", "''", StringComparison.Ordinal)}' AS w (READ_ONLY); USE w;";
        attach.ExecuteNonQuery();
        return connection;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SectorWarehouseCollection : ICollectionFixture<SectorWarehouse>
{
    public const string Name = "sector warehouse";
}
