using Pipeline.Core;

namespace Pipeline.Ingestion;

/// <summary>
/// What every file of a run shares: the project, the known federations, the clock, the stage timings, and the
/// size from which a text file first tries the streamed path (<see cref="StreamedCsvIngestion"/>).
/// </summary>
internal sealed record IngestionContext(PipelineProject Project, IReadOnlySet<string> Federations, Func<DateTime> Now, IngestionTimings Timings,
    long StreamedCsvMinimumBytes);
