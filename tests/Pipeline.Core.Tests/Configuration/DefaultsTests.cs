using Pipeline.Core.Configuration;

namespace Pipeline.Core.Tests.Configuration;

public sealed class DefaultsTests
{
    private const string FilePath = "/project/pipeline.yaml";

    [Theory]
    [InlineData("")]
    [InlineData("# nothing configured yet\n")]
    [InlineData("---\n")]
    [InlineData("duckdb:\nprivacy:\nschedule:\n")]
    public void An_empty_file_or_empty_sections_give_every_default(string yaml)
    {
        var options = PipelineYamlReader.Parse(yaml, FilePath);

        Assert.Equal("isp-es", options.Name);
        Assert.Equal("inbox", options.Inbox);
        Assert.Equal("lake", options.Lake);
        Assert.Equal("warehouse/pipeline.duckdb", options.Warehouse);
        Assert.Equal("site", options.Site);
        Assert.Equal(new DuckDbOptions { Threads = 2, MemoryLimit = "8GB", BlockAllocatorMemory = "2GB", TempDirectory = null }, options.DuckDb);
        Assert.Equal("ingestion/contracts", options.Ingestion.Contracts);
        Assert.Equal(["transforms", "marts"], options.Transforms.ModelPaths);
        Assert.Equal(["transforms/seeds"], options.Transforms.SeedPaths);
        Assert.Equal(["marts/tests"], options.Transforms.TestPaths);
        Assert.Equal(2, options.Transforms.Threads);
        Assert.Equal(new PrivacyOptions { MinCell = 5, MinDenominator = 10, MinOperators = 3, MaxDominance = 0.85 }, options.Privacy);
        Assert.Equal("dashboards/pages", options.Dashboards.Pages);
        Assert.Equal(new ScheduleOptions { Cron = "0 2 * * *", Timezone = "Europe/Brussels", WatchInbox = true }, options.Schedule);
    }

    [Fact]
    public void The_default_federations_are_the_five_walloon_ones_and_febisp()
    {
        var options = PipelineYamlReader.Parse("", FilePath);

        Assert.Equal(
            [
                new FederationOptions("UNESSA", Region.Wal, "UNESSA"),
                new FederationOptions("ALEAP", Region.Wal, "ALEAP"),
                new FederationOptions("CAIPS", Region.Wal, "CAIPS"),
                new FederationOptions("LEE", Region.Wal, "Lire et Écrire Wallonie"),
                new FederationOptions("AID", Region.Wal, "AID"),
                new FederationOptions("FEBISP", Region.Bru, "FeBISP"),
            ],
            options.Federations);
        Assert.Equal("BRU", options.Federations[5].RegionCode);
        Assert.Equal("WAL", options.Federations[0].RegionCode);
    }

    [Fact]
    public void A_partial_section_keeps_the_defaults_of_the_keys_it_omits()
    {
        var options = PipelineYamlReader.Parse("duckdb:\n  threads: 8\nprivacy: { min_cell: 7 }\n", FilePath);

        Assert.Equal(8, options.DuckDb.Threads);
        Assert.Equal("8GB", options.DuckDb.MemoryLimit);
        Assert.Equal(7, options.Privacy.MinCell);
        Assert.Equal(10, options.Privacy.MinDenominator);
        Assert.Equal(0.85, options.Privacy.MaxDominance);
    }

    [Fact]
    public void Every_key_is_read_when_given()
    {
        const string Yaml = """
            name: test.project_2
            inbox: in
            lake: /data/lake
            warehouse: db/w.duckdb
            site: public
            duckdb: { threads: 4, memory_limit: 80%, block_allocator_memory: 1GB, temp_directory: spill }
            federations:
              - code: CAIPS
                region: WAL
              - { code: FEBISP, region: BRU, name: FeBISP asbl }
            ingestion: { contracts: contracts }
            transforms:
              model_paths: [models]
              seed_paths: []
              test_paths: [tests/a, tests/b]
              threads: 3
            privacy: { min_cell: 3, min_denominator: 20, min_operators: 2, max_dominance: 1 }
            dashboards: { pages: pages }
            schedule: { cron: "*/15 6-22 * * MON-FRI", timezone: UTC, watch_inbox: false }
            """;

        var options = PipelineYamlReader.Parse(Yaml, FilePath);

        Assert.Equal("test.project_2", options.Name);
        Assert.Equal("in", options.Inbox);
        Assert.Equal("/data/lake", options.Lake);
        Assert.Equal("db/w.duckdb", options.Warehouse);
        Assert.Equal("public", options.Site);
        Assert.Equal(new DuckDbOptions { Threads = 4, MemoryLimit = "80%", BlockAllocatorMemory = "1GB", TempDirectory = "spill" }, options.DuckDb);
        Assert.Equal([new FederationOptions("CAIPS", Region.Wal, "CAIPS"), new FederationOptions("FEBISP", Region.Bru, "FeBISP asbl")],
            options.Federations);
        Assert.Equal("contracts", options.Ingestion.Contracts);
        Assert.Equal(["models"], options.Transforms.ModelPaths);
        Assert.Empty(options.Transforms.SeedPaths);
        Assert.Equal(["tests/a", "tests/b"], options.Transforms.TestPaths);
        Assert.Equal(3, options.Transforms.Threads);
        Assert.Equal(new PrivacyOptions { MinCell = 3, MinDenominator = 20, MinOperators = 2, MaxDominance = 1 }, options.Privacy);
        Assert.Equal("pages", options.Dashboards.Pages);
        Assert.Equal(new ScheduleOptions { Cron = "*/15 6-22 * * MON-FRI", Timezone = "UTC", WatchInbox = false }, options.Schedule);
    }
}
