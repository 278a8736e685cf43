using Pipeline.Core;
using Pipeline.DuckDb;
using Pipeline.Ingestion.Contracts;
using Pipeline.Ingestion.Manifest;
using Pipeline.Ingestion.Receiving;
using Pipeline.Ingestion.Validation;

namespace Pipeline.Ingestion;

/// <summary>
/// One ingestion run over a project's inbox: every settled file not yet handled goes through
/// <see cref="FileIngestor"/>, in an order where a "_v2" follows what it corrects. Files are processed on a
/// private in-memory DuckDB (spilling to lake/.tmp) and recorded in the warehouse's manifest.
/// </summary>
public sealed class IngestionRunner(PipelineProject project)
{
    /// <summary>Runs ingestion; <paramref name="settleTime"/> leaves alone files written more recently (still copying).</summary>
    public async Task<IngestionSummary> RunAsync(IProgress<IngestionProgress>? progress = null, TimeSpan settleTime = default,
        CancellationToken cancellationToken = default)
    {
        var catalog = ContractCatalog.Load(project.ContractsPath);
        var files = InboxScanner.Scan(project.InboxPath, settleTime, DateTime.UtcNow);
        Directory.CreateDirectory(Path.GetDirectoryName(project.WarehousePath)!);
        Directory.CreateDirectory(project.LakePath);
        await using var warehouse = new DuckDBConnection(project.WarehouseConnectionString);
        warehouse.Open();
        var manifest = new IngestManifest(warehouse);
        manifest.EnsureCreated();
        await using var work = new DuckDBConnection(project.Options.DuckDb.ToConnectionString(":memory:")
            + $";temp_directory={Path.Combine(project.LakePath, ".tmp", "duckdb")}");
        work.Open();
        ValidationMacros.Create(work);
        var federations = project.Options.Federations.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var ingestor = new FileIngestor(work, manifest, catalog, new IngestionContext(project, federations, () => DateTime.UtcNow));
        var outcomes = new List<FileOutcome>();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new IngestionProgress(i, files.Count, files[i].RelativePath));
            outcomes.Add(await ingestor.IngestAsync(files[i], cancellationToken));
        }

        progress?.Report(new IngestionProgress(files.Count, files.Count, null));
        return new IngestionSummary(outcomes);
    }
}

/// <summary>Progress: files done of planned, and the file being read.</summary>
public readonly record struct IngestionProgress(int FilesDone, int FilesPlanned, string? CurrentFile);

/// <summary>What a run did, file by file.</summary>
public sealed record IngestionSummary(IReadOnlyList<FileOutcome> Files)
{
    public IEnumerable<ManifestEntry> Tables => Files.SelectMany(f => f.Tables);

    public int Refused => Tables.Count(t => t.Status is IngestStatus.Refused or IngestStatus.Unrecognised or IngestStatus.Error);

    public int Errors => Tables.Count(t => t.Status == IngestStatus.Error);
}
