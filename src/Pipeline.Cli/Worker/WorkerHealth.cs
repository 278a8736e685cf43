using System.Text.Json;
using Pipeline.Core;

namespace Pipeline.Cli.Worker;

/// <summary>
/// <c>worker-health.json</c> beside the warehouse: what the worker is doing, how its last run ended and
/// when the next one is due, for a monitoring probe or an administrator (<c>cat</c> is enough).
/// Written to a temporary file and renamed, so a reader never sees half of it.
/// </summary>
internal sealed class WorkerHealth(PipelineProject project)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(project.WarehousePath)!, "worker-health.json");

    public void Write(string state, DateTimeOffset? nextRun, string? lastRunId, string? lastStatus, DateTimeOffset? lastEnded, string? lastError)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temp = Path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new
        {
            etat = state,
            pid = Environment.ProcessId,
            mis_a_jour = DateTimeOffset.UtcNow,
            prochaine_execution = nextRun,
            derniere_execution = lastRunId is null ? null : new { id = lastRunId, statut = lastStatus, fin = lastEnded, erreur = lastError },
        }, Json));
        File.Move(temp, Path, overwrite: true);
    }
}
