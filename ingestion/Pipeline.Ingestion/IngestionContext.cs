using Pipeline.Core;

namespace Pipeline.Ingestion;

/// <summary>What every file of a run shares: the project, the known federations, the clock and the stage timings.</summary>
internal sealed record IngestionContext(PipelineProject Project, IReadOnlySet<string> Federations, Func<DateTime> Now, IngestionTimings Timings);
