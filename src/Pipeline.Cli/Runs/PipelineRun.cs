using System.Diagnostics;
using System.Globalization;
using Pipeline.Core;
using Pipeline.Core.Runs;
using Pipeline.Dashboards;
using Pipeline.Ingestion;
using Pipeline.Transforms;

namespace Pipeline.Cli.Runs;

/// <summary>
/// One run of the whole pipeline: ingest → build (models and their tests) → dashboards (built aside,
/// published atomically), under the project's run lock, recorded step by step in the run history. A
/// step that fails stops the steps after it, so the site published last stays on line. A file a
/// federation got wrong is not a failure: ingestion refuses or quarantines it and the others publish.
/// </summary>
internal sealed class PipelineRun(PipelineProject project)
{
    public const string Ingest = "ingestion";
    public const string Build = "construction";
    public const string Dashboards = "publication";

    private static readonly string[] Steps = [Ingest, Build, Dashboards];

    public static string NewRunId() =>
        DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..4];

    public async Task<RunReport> RunAsync(string trigger, IRunObserver? observer, CancellationToken cancellationToken)
    {
        var runId = NewRunId();
        using var runLock = RunLock.Acquire(project, runId);
        var history = new RunHistory(project);
        var clock = Stopwatch.StartNew();
        await history.StartAsync(runId, trigger, DateTime.UtcNow);
        var done = new List<StepRecord>();
        string? error = null;
        var status = RunStatus.Succeeded;
        foreach (var step in Steps)
        {
            if (status != RunStatus.Succeeded)
            {
                var skipped = new StepRecord(step, DateTime.UtcNow, DateTime.UtcNow, RunStatus.Skipped, null, "étape précédente en échec : le site publié reste le précédent", null);
                await history.StepEndedAsync(runId, skipped);
                done.Add(skipped);
                observer?.StepEnded(skipped);
                continue;
            }

            var started = DateTime.UtcNow;
            observer?.StepStarted(step);
            await history.StepStartedAsync(runId, step, started);
            StepRecord record;
            try
            {
                var (rows, detail, failure) = await ExecuteAsync(step, cancellationToken);
                record = new StepRecord(step, started, DateTime.UtcNow, failure is null ? RunStatus.Succeeded : RunStatus.Failed, rows, detail, failure);
            }
            catch (OperationCanceledException)
            {
                record = new StepRecord(step, started, DateTime.UtcNow, RunStatus.Cancelled, null, null, "arrêt demandé (SIGTERM ou Ctrl+C)");
            }
            catch (Exception e) when (e is PipelineException or IOException or DuckDb.DuckDBException or UnauthorizedAccessException)
            {
                record = new StepRecord(step, started, DateTime.UtcNow, RunStatus.Failed, null, null, e.Message);
            }

            await history.StepEndedAsync(runId, record);
            done.Add(record);
            observer?.StepEnded(record);
            if (record.Status != RunStatus.Succeeded)
            {
                status = record.Status;
                error = $"{step} : {record.Error}";
            }
        }

        await history.EndAsync(runId, DateTime.UtcNow, status, error);
        cancellationToken.ThrowIfCancellationRequested();
        return new RunReport(runId, status, done, error, clock.Elapsed);
    }

    private async Task<(long? Rows, string Detail, string? Failure)> ExecuteAsync(string step, CancellationToken cancellationToken)
    {
        var fr = CultureInfo.GetCultureInfo("fr-BE");
        switch (step)
        {
            case Ingest:
            {
                var summary = await new IngestionRunner(project).RunAsync(cancellationToken: cancellationToken);
                var handled = summary.Files.Count(f => !f.Skipped);
                var rows = summary.Tables.Where(t => t.Status == Pipeline.Ingestion.Manifest.IngestStatus.Ingested).Sum(t => t.RowsOk);
                return (rows, string.Create(fr, $"{handled} nouveau(x) fichier(s), {summary.Refused} table(s) refusée(s) ou non reconnue(s)"),
                    summary.Errors > 0 ? $"{summary.Errors} fichier(s) illisible(s) : voir les rapports de validation" : null);
            }

            case Build:
            {
                var results = await new TransformRunner(project).BuildAsync(cancellationToken: cancellationToken);
                var failed = results.Results.Where(r => r.IsFailure).Select(r => r.Name).ToList();
                var rows = results.Results.Where(r => r.Kind == Transforms.Graph.NodeKind.Model).Sum(r => r.Rows ?? 0);
                var detail = string.Create(fr, $"{results.Count(Transforms.Graph.NodeKind.Model)} modèles, {results.Count(Transforms.Graph.NodeKind.Test)} tests");
                return (rows, detail, failed.Count == 0 ? null : $"en échec : {string.Join(", ", failed.Take(5))}{(failed.Count > 5 ? "…" : "")} (détail : target/run_results.json)");
            }

            default:
            {
                var site = await new SiteGenerator(project).BuildAsync(cancellationToken: cancellationToken);
                return (site.Pages, string.Create(fr, $"{site.Pages} pages, {site.Files} fichiers publiés"), null);
            }
        }
    }
}
