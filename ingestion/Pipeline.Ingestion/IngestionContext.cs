using Pipeline.Core;

namespace Pipeline.Ingestion;

/// <summary>What every file of a run shares: the project, the known federations and the clock.</summary>
internal sealed record IngestionContext(PipelineProject Project, IReadOnlySet<string> Federations, Func<DateTime> Now);
