namespace Pipeline;

/// <summary>
/// The pipeline.yaml of a throw-away project that uses this repository's contracts, models, seeds, model
/// tests and pages: how test fixtures and benchmarks build the real sector in a temp folder.
/// </summary>
internal static class RepositoryProject
{
    /// <summary>The yaml, with an optional <c>duckdb</c> section (e.g. <c>{ threads: 2, memory_limit: 2GB }</c>) and extra sections.</summary>
    public static string Yaml(string name, string? duckdb = null, string extra = "")
    {
        var repo = RepositoryRoot.Path;
        return $"""
            name: {name}
            {(duckdb is null ? string.Empty : "duckdb: " + duckdb)}
            ingestion:
              contracts: {Path.Combine(repo, "ingestion", "contracts")}
            transforms:
              model_paths: [{Path.Combine(repo, "transforms")}, {Path.Combine(repo, "marts")}]
              seed_paths: [{Path.Combine(repo, "transforms", "seeds")}]
              test_paths: [{Path.Combine(repo, "marts", "tests")}]
              threads: 2
            dashboards:
              pages: {Path.Combine(repo, "dashboards", "pages")}
            {extra}
            """;
    }
}
