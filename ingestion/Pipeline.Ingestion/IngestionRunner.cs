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
    /// <summary>
    /// Text files of at least this size first try the streamed path, which only pays off when the file is
    /// wholly valid and large; below it, or when the file has a problem, the full path reads it (see bench/).
    /// </summary>
    public long StreamedCsvMinimumBytes { get; init; } = 64L << 20;

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
        RemoveLeftovers();
        var manifest = new IngestManifest(warehouse);
        manifest.EnsureCreated();
        var federations = project.Options.Federations.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var timings = new IngestionTimings();
        var context = new IngestionContext(project, federations, () => DateTime.UtcNow, timings, StreamedCsvMinimumBytes);
        var outcomes = new FileOutcome[files.Count];
        var done = 0;
        var lanes = Lanes(files, LaneCount());
        var threadsPerLane = Math.Max(1, project.Options.DuckDb.Threads / Math.Max(1, lanes.Count));
        await Task.WhenAll(lanes.Select(lane => Task.Run(async () =>
        {
            await using var work = OpenWorkConnection(threadsPerLane);
            var ingestor = new FileIngestor(work, manifest, catalog, context);
            foreach (var (file, index) in lane)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes[index] = await ingestor.IngestAsync(file, cancellationToken);
                progress?.Report(new IngestionProgress(Interlocked.Increment(ref done), files.Count, file.RelativePath));
            }
        }, cancellationToken)));

        progress?.Report(new IngestionProgress(files.Count, files.Count, null));
        return new IngestionSummary(outcomes, timings);
    }

    // A killed run leaves temporary files behind: partial landing copies, Parquet not yet renamed into the
    // lake, the engine's spill files. Readers never see them; the warehouse, just opened, is held by one
    // process at a time, so no other run is writing them now.
    private void RemoveLeftovers()
    {
        var leftovers = new[] { (project.LandingPath, ".*.partial"), (Path.Combine(project.LakePath, ".tmp"), "*") }
            .Where(l => Directory.Exists(l.Item1))
            .SelectMany(l => Directory.EnumerateFiles(l.Item1, l.Item2, SearchOption.AllDirectories));
        foreach (var file in leftovers.ToList())
        {
            File.Delete(file);
        }
    }

    private const string LaneMemory = "1GB";

    private int LaneCount() => Math.Clamp(project.Options.DuckDb.Threads, 1, 2);

    // Most of a small file's time is fixed cost (planning, one thread busy): two lanes keep both cores
    // working, and they share the engine's threads (two lanes of one thread each ingest the scale-1 inbox
    // in 29 s; with two threads each, the threads waited on each other and it took 54 s). A run with one
    // lane (a single large file) gives it all the threads. Files that could supersede one another stay in
    // one lane, in inbox order, so a _v2 still follows what it corrects: a federation's files for one year
    // (the year in their names), or all of a federation's files when one of them names no year. Groups go,
    // largest first, to the lane with the least work, estimated from their size (a workbook costs about
    // four times a text file per byte).
    private static List<List<(ReceivedFile File, int Index)>> Lanes(IReadOnlyList<ReceivedFile> files, int count)
    {
        var lanes = Enumerable.Range(0, count).Select(_ => (Work: 0L, Files: new List<(ReceivedFile File, int Index)>())).ToArray();
        var undated = files.Where(f => f.YearInName is null).Select(f => f.Federation).ToHashSet(StringComparer.Ordinal);
        var groups = files.Select((file, index) => (File: file, Index: index))
            .GroupBy(f => (f.File.Federation, Year: undated.Contains(f.File.Federation) ? null : f.File.YearInName))
            .Select(g => (Work: g.Sum(f => EstimatedWork(f.File)), Files: g.ToList()))
            .OrderByDescending(g => g.Work);
        foreach (var group in groups)
        {
            var lane = Array.IndexOf(lanes, lanes.MinBy(l => l.Work));
            lanes[lane] = (lanes[lane].Work + group.Work, [.. lanes[lane].Files, .. group.Files]);
        }

        return [.. lanes.Where(l => l.Files.Count > 0).Select(l => l.Files.OrderBy(f => f.Index).ToList())];
    }

    private static long EstimatedWork(ReceivedFile file) => file.Extension is ".xlsx" or ".xlsm" ? 4 * file.Length : file.Length;

    // A private in-memory engine per lane, with its share of the threads. It holds at most LaneMemory: a
    // larger file's text table spills to lake/.tmp, so the memory of a run does not grow with the size of
    // the files (measured in bench/). It keeps no memory back for its blocks: that made ingestion no faster and
    // held 1 GB more resident.
    private DuckDBConnection OpenWorkConnection(int threads)
    {
        var spill = Directory.CreateDirectory(Path.Combine(project.LakePath, ".tmp", "duckdb")).FullName;
        var options = project.Options.DuckDb with { MemoryLimit = LaneMemory, TempDirectory = spill, Threads = threads, BlockAllocatorMemory = null };
        var work = new DuckDBConnection(options.ToConnectionString(":memory:"));
        work.Open();
        ValidationMacros.Create(work);
        return work;
    }
}

/// <summary>Progress: files done of planned, and the file being read.</summary>
public readonly record struct IngestionProgress(int FilesDone, int FilesPlanned, string? CurrentFile);

/// <summary>What a run did, file by file, and where its time went.</summary>
public sealed record IngestionSummary(IReadOnlyList<FileOutcome> Files, IngestionTimings Timings)
{
    public IEnumerable<ManifestEntry> Tables => Files.SelectMany(f => f.Tables);

    public int Refused => Tables.Count(t => t.Status is IngestStatus.Refused or IngestStatus.Unrecognised or IngestStatus.Error);

    public int Errors => Tables.Count(t => t.Status == IngestStatus.Error);
}
