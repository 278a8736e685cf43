using Pipeline.Core.Configuration;

namespace Pipeline.Core.Tests.Configuration;

public sealed class RepositoryPipelineYamlTests
{
    [Fact]
    public void The_repository_pipeline_yaml_loads_with_the_values_it_spells_out()
    {
        var project = PipelineProject.Load(RepositoryRoot.Path);
        var options = project.Options;

        Assert.Equal(Path.Combine(RepositoryRoot.Path, "pipeline.yaml"), project.ConfigFilePath);
        Assert.Equal("isp-es", options.Name);
        Assert.Equal("warehouse/pipeline.duckdb", options.Warehouse);
        Assert.Equal(2, options.DuckDb.Threads);
        Assert.Equal("8GB", options.DuckDb.MemoryLimit);
        Assert.Null(options.DuckDb.TempDirectory);
        Assert.Equal(
            ["UNESSA/Wal/UNESSA", "ALEAP/Wal/ALEAP", "CAIPS/Wal/CAIPS", "LEE/Wal/Lire et Écrire Wallonie", "AID/Wal/AID", "FEBISP/Bru/FeBISP"],
            options.Federations.Select(f => $"{f.Code}/{f.Region}/{f.Name}"));
        Assert.Equal(["transforms", "marts"], options.Transforms.ModelPaths);
        Assert.Equal(["transforms/seeds"], options.Transforms.SeedPaths);
        Assert.Equal(["marts/tests"], options.Transforms.TestPaths);
        Assert.Equal("ingestion/contracts", options.Ingestion.Contracts);
        Assert.Equal("dashboards/pages", options.Dashboards.Pages);
        Assert.Equal(new PrivacyOptions(), options.Privacy);
        Assert.Equal(new ScheduleOptions(), options.Schedule);
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "marts", "tests"), Assert.Single(project.TestPaths));
    }

    [Fact]
    public void The_repository_pipeline_yaml_matches_the_built_in_defaults()
    {
        // The file documents the defaults: if one changes, the other must follow.
        var fromFile = PipelineProject.Load(RepositoryRoot.Path).Options;
        var defaults = new PipelineOptions();

        Assert.Equal(
            (defaults.Name, defaults.Inbox, defaults.Lake, defaults.Warehouse, defaults.Site),
            (fromFile.Name, fromFile.Inbox, fromFile.Lake, fromFile.Warehouse, fromFile.Site));
        Assert.Equal(defaults.DuckDb, fromFile.DuckDb);
        Assert.Equal(defaults.Ingestion, fromFile.Ingestion);
        Assert.Equal(defaults.Privacy, fromFile.Privacy);
        Assert.Equal(defaults.Dashboards, fromFile.Dashboards);
        Assert.Equal(defaults.Schedule, fromFile.Schedule);
        Assert.Equal(defaults.Federations, fromFile.Federations);
        Assert.Equal(defaults.Transforms.ModelPaths, fromFile.Transforms.ModelPaths);
        Assert.Equal(defaults.Transforms.SeedPaths, fromFile.Transforms.SeedPaths);
        Assert.Equal(defaults.Transforms.TestPaths, fromFile.Transforms.TestPaths);
        Assert.Equal(defaults.Transforms.Threads, fromFile.Transforms.Threads);
    }
}
