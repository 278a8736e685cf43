using Dapper;
using Pipeline.DuckDb;

namespace Pipeline.Core.Runs;

/// <summary>
/// The run history in the warehouse (<c>run_history</c>, <c>run_steps</c>). Every change is written and
/// committed at once, at the start and the end of each step, on a short-lived connection: a run killed
/// at any point leaves rows still "en cours", which the next run (holding the lock) marks "interrompu".
/// </summary>
public sealed class RunHistory(PipelineProject project)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS run_history (
            run_id VARCHAR PRIMARY KEY, trigger VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
            status VARCHAR NOT NULL, error VARCHAR, process_id INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS run_steps (
            run_id VARCHAR NOT NULL, step VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
            status VARCHAR NOT NULL, rows BIGINT, detail VARCHAR, error VARCHAR, PRIMARY KEY (run_id, step));
        """;

    /// <summary>Records the start of a run.</summary>
    public Task StartRunAsync(RunRecord run, CancellationToken cancellationToken = default) => ExecuteAsync(
        "INSERT INTO run_history VALUES ($RunId, $Trigger, $StartedAt, NULL, $Status, NULL, $ProcessId)", run, cancellationToken);

    /// <summary>Records the end of a run.</summary>
    public Task FinishRunAsync(string runId, DateTime finishedAt, string status, string? error, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE run_history SET finished_at = $finishedAt, status = $status, error = $error WHERE run_id = $runId",
            new { runId, finishedAt, status, error }, cancellationToken);

    /// <summary>Records a step, started or ended (insert or replace).</summary>
    public Task WriteStepAsync(RunStepRecord step, CancellationToken cancellationToken = default) => ExecuteAsync(
        "INSERT OR REPLACE INTO run_steps VALUES ($RunId, $Step, $StartedAt, $FinishedAt, $Status, $Rows, $Detail, $Error)",
        step, cancellationToken);

    /// <summary>
    /// Marks runs and steps left "en cours" as "interrompu". Call only while holding the run lock: then no
    /// other process can be running them.
    /// </summary>
    public async Task<int> MarkInterruptedAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        const string Sql = """
            UPDATE run_steps SET status = 'interrompu', finished_at = $now,
                error = coalesce(error, 'Exécution arrêtée avant la fin (processus tué ou machine arrêtée).') WHERE status = 'en cours';
            UPDATE run_history SET status = 'interrompu', finished_at = $now,
                error = coalesce(error, 'Exécution arrêtée avant la fin (processus tué ou machine arrêtée).') WHERE status = 'en cours';
            """;
        await using var connection = await OpenAsync(cancellationToken);
        var interrupted = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM run_history WHERE status = 'en cours'", new { });
        if (interrupted > 0)
        {
            await connection.ExecuteAsync(Sql, new { now });
        }

        return (int)interrupted;
    }

    /// <summary>The most recent runs, newest first.</summary>
    public async Task<IReadOnlyList<RunRecord>> RecentRunsAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RunRecord>(
            """
            SELECT run_id AS RunId, trigger AS Trigger, started_at AS StartedAt, finished_at AS FinishedAt, status AS Status,
                   error AS Error, process_id AS ProcessId
            FROM run_history ORDER BY started_at DESC, run_id DESC LIMIT $count
            """, new { count });
        return rows.ToList();
    }

    /// <summary>The steps of the most recent runs, in the order they started.</summary>
    public async Task<IReadOnlyList<RunStepRecord>> RecentStepsAsync(int runCount, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RunStepRecord>(
            """
            SELECT run_id AS RunId, step AS Step, started_at AS StartedAt, finished_at AS FinishedAt, status AS Status,
                   rows AS Rows, detail AS Detail, error AS Error
            FROM run_steps
            WHERE run_id IN (SELECT run_id FROM run_history ORDER BY started_at DESC, run_id DESC LIMIT $runCount)
            ORDER BY started_at
            """, new { runCount });
        return rows.ToList();
    }

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private async Task<DuckDBConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(project.WarehousePath)!);
        var connection = new DuckDBConnection(project.WarehouseConnectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Schema);
        return connection;
    }
}
