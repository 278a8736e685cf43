using Pipeline.Core.Configuration.Yaml;

namespace Pipeline.Core.Configuration;

// The simple sections of pipeline.yaml, one method each, with the validation of their values.
public static partial class PipelineYamlReader
{
    private static DuckDbOptions ReadDuckDb(YamlSection root)
    {
        var defaults = new DuckDbOptions();
        var section = root.Section("duckdb", "dans « duckdb »", ["threads", "memory_limit", "block_allocator_memory", "temp_directory"]);
        if (section is null)
        {
            return defaults;
        }

        return new DuckDbOptions
        {
            Threads = section.Integer("threads", defaults.Threads, minimum: 1),
            MemoryLimit = Size(section, "memory_limit") ?? defaults.MemoryLimit,
            BlockAllocatorMemory = Size(section, "block_allocator_memory") ?? defaults.BlockAllocatorMemory,
            TempDirectory = section.Find("temp_directory") is null ? null : section.Path("temp_directory", ""),
        };
    }

    // A memory size as DuckDB writes it, or a share of RAM.
    private static string? Size(YamlSection section, string key)
    {
        var expectation = $"une taille comme 8GB, 512MB ou 80% (unités : {MemoryLimitSyntax.AcceptedUnits})";
        var node = section.Scalar(key, expectation);
        if (node is not null && !MemoryLimitSyntax.IsValid(node.Value!.Trim()))
        {
            throw section.TypeError(key, node, expectation);
        }

        return node?.Value!.Trim();
    }

    private static IngestionOptions ReadIngestion(YamlSection root)
    {
        var defaults = new IngestionOptions();
        var section = root.Section("ingestion", "dans « ingestion »", ["contracts"]);
        return section is null ? defaults : new IngestionOptions { Contracts = section.Path("contracts", defaults.Contracts) };
    }

    private static TransformsOptions ReadTransforms(YamlSection root)
    {
        var defaults = new TransformsOptions();
        var section = root.Section("transforms", "dans « transforms »", ["model_paths", "seed_paths", "test_paths", "threads"]);
        if (section is null)
        {
            return defaults;
        }

        return new TransformsOptions
        {
            ModelPaths = section.PathList("model_paths", defaults.ModelPaths),
            SeedPaths = section.PathList("seed_paths", defaults.SeedPaths),
            TestPaths = section.PathList("test_paths", defaults.TestPaths),
            Threads = section.Integer("threads", defaults.Threads, minimum: 1),
        };
    }

    private static PrivacyOptions ReadPrivacy(YamlSection root)
    {
        var defaults = new PrivacyOptions();
        var section = root.Section("privacy", "dans « privacy »", ["min_cell", "min_denominator", "min_operators", "max_dominance"]);
        if (section is null)
        {
            return defaults;
        }

        return new PrivacyOptions
        {
            MinCell = section.Integer("min_cell", defaults.MinCell, minimum: 1),
            MinDenominator = section.Integer("min_denominator", defaults.MinDenominator, minimum: 1),
            MinOperators = section.Integer("min_operators", defaults.MinOperators, minimum: 1),
            MaxDominance = section.Number("max_dominance", defaults.MaxDominance, value => value is > 0 and <= 1,
                "une part entre 0 (exclu) et 1, écrite avec un point (ex. 0.85)"),
        };
    }

    private static DashboardsOptions ReadDashboards(YamlSection root)
    {
        var defaults = new DashboardsOptions();
        var section = root.Section("dashboards", "dans « dashboards »", ["pages"]);
        return section is null ? defaults : new DashboardsOptions { Pages = section.Path("pages", defaults.Pages) };
    }
}
