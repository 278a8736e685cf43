namespace Pipeline.Cli.Tests.Worker;

/// <summary>
/// A project whose whole run (ingest, build, publication) takes about a second: the repository's
/// contracts, an empty inbox, one published mart and one page of its own (a test may add a broken
/// model), the worker's inbox trigger off. Deleted on dispose.
/// </summary>
internal sealed class TinyProject : IDisposable
{
    public TinyProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "pipeline-tiny-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "models"));
        Directory.CreateDirectory(Path.Combine(Root, "inbox"));
        File.WriteAllText(Path.Combine(Root, "pipeline.yaml"), $"""
            name: tiny
            duckdb: {"{"} threads: 1, memory_limit: 512MB {"}"}
            ingestion:
              contracts: {Path.Combine(SmallProject.Repository, "ingestion", "contracts")}
            transforms:
              model_paths: [models]
              seed_paths: [seeds]
              test_paths: [tests]
            schedule: {"{"} cron: "0 2 * * *", timezone: Europe/Brussels, watch_inbox: false {"}"}
            """);
        WriteModel("pub_one", "{{ config(materialized='parquet') }} select 2024 as annee, 10 as n");
        Directory.CreateDirectory(Path.Combine(Root, "dashboards", "pages"));
        File.WriteAllText(Path.Combine(Root, "dashboards", "pages", "index.md"), "---\ntitle: Accueil\n---\nBonjour.\n");
    }

    public string Root { get; }

    public Core.PipelineProject Project => Core.PipelineProject.Load(Root);

    public void WriteModel(string name, string sql) => File.WriteAllText(Path.Combine(Root, "models", name + ".sql"), sql);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
