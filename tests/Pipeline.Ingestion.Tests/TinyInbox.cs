using System.Text;
using Pipeline.Core;
using Pipeline.DuckDb;
using Pipeline.Ingestion.Manifest;

namespace Pipeline.Ingestion.Tests;

/// <summary>
/// A throw-away project whose inbox holds the few files a test writes by hand, ingested by the real runner;
/// then what landed where, read back with DuckDB. Deleted on dispose.
/// </summary>
internal sealed class TinyInbox : IDisposable
{
    public TinyInbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "pipeline-ingestion-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "pipeline.yaml"), "name: ingestion-tests\nduckdb: { threads: 2, memory_limit: 1GB }\n");
    }

    public string Root { get; }

    public PipelineProject Project => PipelineProject.Load(Root);

    /// <summary>Writes inbox/&lt;federation&gt;/&lt;name&gt; as UTF-8 (no BOM) unless bytes are given.</summary>
    public string Add(string federation, string name, string text) => AddBytes(federation, name, new UTF8Encoding(false).GetBytes(text));

    public string AddBytes(string federation, string name, byte[] bytes)
    {
        var path = Path.Combine(Root, "inbox", federation, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public Task<IngestionSummary> IngestAsync() => new IngestionRunner(Project).RunAsync();

    /// <summary>Ingests with every CSV file, however small, offered to the streamed path first.</summary>
    public Task<IngestionSummary> IngestStreamedAsync() => new IngestionRunner(Project) { StreamedCsvMinimumBytes = 0 }.RunAsync();

    public IReadOnlyList<ManifestEntry> Manifest()
    {
        using var warehouse = new DuckDBConnection(Project.WarehouseConnectionString);
        warehouse.Open();
        return new IngestManifest(warehouse).All();
    }

    /// <summary>Rows of a query over the lake (paths relative to lake/), each as its columns joined by '|'.</summary>
    public List<string> Lake(string sql)
    {
        using var duckdb = new DuckDBConnection("Data Source=:memory:");
        duckdb.Open();
        using var command = duckdb.CreateCommand();
        command.CommandText = sql.Replace("{lake}", Path.Combine(Root, "lake"), StringComparison.Ordinal);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    /// <summary>The quarantined problems of every file: line | column | value | rule, in line order.</summary>
    public List<string> Problems(string dataset) => Lake($"""
        SELECT ligne, p.colonne, p.valeur, p.regle
        FROM (SELECT ligne, unnest(problemes) AS p FROM read_parquet('{"{lake}"}/quarantine/{dataset}/**/*.parquet'))
        ORDER BY ligne, p.regle
        """);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
