using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core;

namespace Pipeline.Cli.Worker;

/// <summary>
/// <c>worker-health.json</c> beside the warehouse: what the worker is doing, its last run and the next
/// scheduled one, for monitoring (a probe checks <c>lastStatus</c> and that <c>updatedAt</c> is recent).
/// Written to a temporary file and renamed, so a reader never sees half a file.
/// </summary>
internal sealed class WorkerHealth(PipelineProject project, TimeProvider timeProvider)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // French state names stay readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lock gate = new();
    private WorkerHealthState state = new() { ProcessId = Environment.ProcessId, State = "démarrage" };

    public string FilePath { get; } = Path.Combine(Path.GetDirectoryName(project.WarehousePath)!, "worker-health.json");

    public WorkerHealthState Current
    {
        get
        {
            lock (gate)
            {
                return state;
            }
        }
    }

    /// <summary>Applies <paramref name="change"/> and writes the file.</summary>
    public void Update(Func<WorkerHealthState, WorkerHealthState> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (gate)
        {
            state = change(state) with { UpdatedAt = timeProvider.GetUtcNow() };
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var temporary = FilePath + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(state, Json));
            File.Move(temporary, FilePath, overwrite: true);
        }
    }
}

/// <summary>The content of <c>worker-health.json</c>.</summary>
internal sealed record WorkerHealthState
{
    public int ProcessId { get; init; }

    /// <summary><c>démarrage</c>, <c>en attente</c>, <c>en cours</c> or <c>arrêté</c>.</summary>
    public required string State { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? LastRunId { get; init; }

    public string? LastStatus { get; init; }

    public DateTimeOffset? LastRunAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? NextRunAt { get; init; }

    /// <summary>Runs completed since the worker started (whatever their status).</summary>
    public int CompletedRuns { get; init; }
}
