using Dapper;
using Pipeline.DuckDb;

namespace Pipeline.Core.Runs;

/// <summary>
/// The run history in the warehouse: <c>run_history</c> (one row per run) and <c>run_steps</c>. Each
/// write opens the warehouse briefly and commits at once, so a run killed at any point leaves what it
/// had reached; the next run marks such rows <see cref="RunStatus.Interrupted"/> (it holds the run lock,
/// so nothing else can still be running).
/// </summary>
public sealed class RunHistory(PipelineProject project)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS run_history (
            run_id VARCHAR NOT NULL, trigger VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP,
            status VARCHAR NOT NULL, error VARCHAR, pid INTEGER);
        CREATE TABLE IF NOT EXISTS run_steps (
            run_id VARCHAR NOT NULL, step VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP,
            status VARCHAR NOT NULL, rows BIGINT, detail VARCHAR, error VARCHAR);
        """;

    /// <summary>Records a new run as running, after marking any unfinished earlier run as interrupted.</summary>
    public async Task StartAsync(string runId, string trigger, DateTime startedAt)
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync($"""
            UPDATE run_steps SET status = '{RunStatus.Interrupted}' WHERE status = '{RunStatus.Running}';
            UPDATE run_history SET status = '{RunStatus.Interrupted}' WHERE status = '{RunStatus.Running}';
            """);
        await connection.ExecuteAsync(
            "INSERT INTO run_history VALUES ($run_id, $trigger, $started_at, NULL, $status, NULL, $pid)",
            new { run_id = runId, trigger, started_at = startedAt, status = RunStatus.Running, pid = Environment.ProcessId });
    }

    /// <summary>Records a step as started.</summary>
    public async Task StepStartedAsync(string runId, string step, DateTime startedAt)
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO run_steps VALUES ($run_id, $step, $started_at, NULL, $status, NULL, NULL, NULL)",
            new { run_id = runId, step, started_at = startedAt, status = RunStatus.Running });
    }

    /// <summary>Records how a step ended.</summary>
    public async Task StepEndedAsync(string runId, StepRecord step)
    {
        ArgumentNullException.ThrowIfNull(step);
        await using var connection = await OpenAsync();
        var updated = await connection.ExecuteAsync("""
            UPDATE run_steps SET ended_at = $ended_at, status = $status, rows = $rows, detail = $detail, error = $error
            WHERE run_id = $run_id AND step = $step
            """,
            new { run_id = runId, step = step.Step, ended_at = step.EndedAt, status = step.Status, rows = step.Rows, detail = step.Detail, error = step.Error });
        if (updated == 0)
        {
            await connection.ExecuteAsync(
                "INSERT INTO run_steps VALUES ($run_id, $step, $started_at, $ended_at, $status, $rows, $detail, $error)",
                new { run_id = runId, step = step.Step, started_at = step.StartedAt, ended_at = step.EndedAt, status = step.Status, rows = step.Rows, detail = step.Detail, error = step.Error });
        }
    }

    /// <summary>Records how the run ended.</summary>
    public async Task EndAsync(string runId, DateTime endedAt, string status, string? error)
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE run_history SET ended_at = $ended_at, status = $status, error = $error WHERE run_id = $run_id",
            new { run_id = runId, ended_at = endedAt, status, error });
    }

    /// <summary>The latest runs with their steps, newest first.</summary>
    public async Task<IReadOnlyList<RunRecord>> RecentAsync(int count)
    {
        await using var connection = await OpenAsync();
        var runs = (await connection.QueryAsync<RunRecord>(
            "SELECT run_id AS RunId, trigger AS Trigger, started_at AS StartedAt, ended_at AS EndedAt, status AS Status, error AS Error FROM run_history ORDER BY started_at DESC LIMIT $count",
            new { count })).ToList();
        var steps = (await connection.QueryAsync<(string RunId, string Step, DateTime StartedAt, DateTime? EndedAt, string Status, long? Rows, string? Detail, string? Error)>(
            "SELECT run_id, step, started_at, ended_at, status, rows, detail, error FROM run_steps ORDER BY started_at")).ToList();
        return [.. runs.Select(r => r with
        {
            Steps = [.. steps.Where(s => s.RunId == r.RunId).Select(s => new StepRecord(s.Step, s.StartedAt, s.EndedAt, s.Status, s.Rows, s.Detail, s.Error))],
        })];
    }

    private async Task<DuckDBConnection> OpenAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(project.WarehousePath)!);
        var connection = new DuckDBConnection(project.WarehouseConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(Schema);
        return connection;
    }
}
