using System.Globalization;
using Pipeline.Core;
using Pipeline.Ingestion;
using Pipeline.Ingestion.Manifest;
using Pipeline.Transforms;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;

namespace Pipeline.Cli.Runs;

/// <summary>
/// The stages a run calls, each mapped to a <see cref="StepResult"/>. The only place where the run
/// meets the stages' own types, so the orchestration stays about order, history and failure.
/// </summary>
internal static class PipelineStages
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-BE");

    /// <summary>
    /// Ingestion. Refused, unrecognised or unreadable files do not fail the step: they are reported, the
    /// federation gets its report, and every other federation's data goes on to be published.
    /// </summary>
    public static async Task<StepResult> IngestAsync(PipelineProject project, IProgress<RunStepProgress> progress, CancellationToken cancellationToken)
    {
        var summary = await new IngestionRunner(project).RunAsync(
            new SynchronousProgress<IngestionProgress>(p => progress.Report(new RunStepProgress(RunStep.Ingest, p.FilesDone, p.FilesPlanned, p.CurrentFile))),
            cancellationToken: cancellationToken);
        var handled = summary.Files.Count(f => !f.Skipped);
        var rows = summary.Tables.Where(t => t.Status == IngestStatus.Ingested).Sum(t => t.RowsOk);
        var quarantined = summary.Tables.Sum(t => t.RowsQuarantined);
        var detail = string.Create(French,
            $"{handled} nouveau(x) fichier(s), {rows:#,0} ligne(s) valides, {quarantined:#,0} en quarantaine, {summary.Refused} table(s) refusée(s) ou en erreur");
        return new StepResult(rows, detail);
    }

    /// <summary>Models and tests (<c>pipeline build</c>); a failing <c>error</c>-severity test or a model error fails the step.</summary>
    public static async Task<StepResult> BuildAsync(PipelineProject project, IProgress<RunStepProgress> progress, CancellationToken cancellationToken)
    {
        var results = await new TransformRunner(project).BuildAsync(
            progress: new SynchronousProgress<RunProgress>(p => progress.Report(
                new RunStepProgress(RunStep.Build, p.Done, p.Total, p.Running.Count == 0 ? null : string.Join(", ", p.Running)))),
            cancellationToken: cancellationToken);
        var rows = results.Results.Where(r => r.Kind is NodeKind.Model or NodeKind.Seed).Sum(r => r.Rows ?? 0);
        var failures = results.Results.Where(r => r.IsFailure).Select(r => r.Name).ToList();
        var detail = string.Create(French,
            $"{results.Count(NodeStatus.Success)} modèle(s)/seed(s) construit(s), {results.Count(NodeStatus.Pass)} test(s) réussi(s), "
            + $"{results.Count(NodeStatus.Warn)} avertissement(s), {results.Count(NodeStatus.Fail)} test(s) en échec, "
            + $"{results.Count(NodeStatus.Error)} erreur(s), {results.Count(NodeStatus.Skipped)} sauté(s)");
        if (failures.Count > 0)
        {
            detail += " ; en échec : " + string.Join(", ", failures.Take(10)) + (failures.Count > 10 ? "…" : string.Empty)
                + $". Détail : {results.RunResultsPath ?? project.TargetPath}";
        }

        return new StepResult(rows, detail, Failed: failures.Count > 0);
    }
}
