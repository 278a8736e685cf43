using System.Diagnostics;
using Pipeline.Core;
using Pipeline.DuckDb;
using Pipeline.Transforms.Artifacts;
using Pipeline.Transforms.Discovery;
using Pipeline.Transforms.Docs;
using Pipeline.Transforms.Execution;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Materialisation;
using Pipeline.Transforms.Results;
using Pipeline.Transforms.Selection;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms;

/// <summary>
/// The transform engine's entry point: loads a project's models, seeds and tests, builds them in the
/// warehouse in dependency order (independent ones in parallel), runs the tests, and writes
/// <c>target/manifest.json</c>, <c>target/run_results.json</c> and the lineage page
/// (<c>target/docs/index.html</c>) after every run.
/// </summary>
/// <example>
/// <code>
/// var runner = new TransformRunner(PipelineProject.Find("."));
/// var results = await runner.BuildAsync(new RunOptions { Select = ["marts/penurie+"] }, progress, cancellationToken);
/// if (!results.Succeeded) { ... }
/// </code>
/// </example>
public sealed partial class TransformRunner(PipelineProject project)
{
    public PipelineProject Project { get; } = project;

    /// <summary>Discovers and checks the project: every model's dependencies, tests and sources.</summary>
    /// <exception cref="TransformProjectException">Unknown references, duplicate names, cycles, invalid SQL.</exception>
    /// <exception cref="PipelineConfigException">A YAML model file is invalid.</exception>
    public Task<TransformGraph> LoadAsync(CancellationToken cancellationToken = default) =>
        ProjectLoader.LoadAsync(Project, cancellationToken);

    /// <summary><c>pipeline transform</c>: seeds and models only.</summary>
    public Task<RunResults> TransformAsync(
        RunOptions? options = null, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(RunCommand.Transform, options, progress, cancellationToken);

    /// <summary><c>pipeline test</c>: tests only, against the relations already built.</summary>
    public Task<RunResults> TestAsync(
        RunOptions? options = null, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(RunCommand.Test, options, progress, cancellationToken);

    /// <summary><c>pipeline build</c>: seeds, models and tests interleaved; a failing error test skips what lies downstream.</summary>
    public Task<RunResults> BuildAsync(
        RunOptions? options = null, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(RunCommand.Build, options, progress, cancellationToken);

    /// <summary>Loads the project, then runs <paramref name="command"/>.</summary>
    /// <exception cref="NodeSelectionException">A selector is malformed or matches nothing.</exception>
    public async Task<RunResults> RunAsync(
        RunCommand command, RunOptions? options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var graph = await LoadAsync(cancellationToken);
        return await RunAsync(graph, command, options, progress, cancellationToken);
    }

    /// <summary>Runs <paramref name="command"/> on a graph already loaded.</summary>
    public async Task<RunResults> RunAsync(
        TransformGraph graph, RunCommand command, RunOptions? options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= new RunOptions();
        var threads = Math.Max(1, options.Threads ?? Project.Options.Transforms.Threads);
        var plan = RunPlan.Create(graph, command, NodeSelector.Apply(graph, options.Select, options.Exclude));
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<NodeResult> results = [];
        var catalog = WarehouseCatalog.Empty;
        if (plan.Steps.Count > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Project.WarehousePath)!);
            await using var pool = new ConnectionPool(Project.WarehouseConnectionString);
            try
            {
                var first = await pool.TakeAsync(cancellationToken);
                var raw = await RawSourceViews.RefreshAsync(first, Project.RawPath, cancellationToken);
                await ProjectParameters.WriteAsync(first, Project, cancellationToken);
                pool.Return(first);
                var executor = new StepExecutor(Project.MartsExportPath, raw, new NullCounts(plan.Steps.Select(s => s.Test).OfType<DataTest>()));
                // one thread keeps the plan's order (reproducible logs); several start the longest chains first
                var priorities = threads == 1 ? null
                    : CriticalPath.Priorities(plan, CriticalPath.LastDurations(Path.Combine(Project.TargetPath, ArtifactNames.RunResults)));
                results = await new DagScheduler(threads, executor.ExecuteAsync, priorities).RunAsync(plan, pool, progress, cancellationToken);
                var connection = await pool.TakeAsync(cancellationToken);
                catalog = await WarehouseCatalog.ReadAsync(connection, cancellationToken);
                pool.Return(connection);
            }
            catch (Exception e) when (e is not OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                // DuckDB reports an interrupted query as an error of its own, whichever statement it hits (the
                // raw views and parameters before the steps included): it is a cancellation.
                throw new OperationCanceledException("The run was cancelled; models in progress were rolled back.", e, cancellationToken);
            }
        }

        var run = new RunResults
        {
            Command = command,
            StartedAt = startedAt,
            Elapsed = clock.Elapsed,
            Threads = threads,
            Results = results,
            Options = options,
        };
        // The docs follow every run, so the lineage page always shows what the warehouse holds.
        await DocsWriter.WriteAsync(Project, graph, catalog, cancellationToken);
        return run with
        {
            ManifestPath = await ArtifactWriter.WriteManifestAsync(Project, graph, catalog, cancellationToken),
            RunResultsPath = await ArtifactWriter.WriteRunResultsAsync(Project, run, cancellationToken),
        };
    }

    /// <summary>
    /// Reads the column types of the built relations when the warehouse exists and can be opened now
    /// (another process may hold it); otherwise the YAML's documentation alone is used.
    /// </summary>
    private async Task<WarehouseCatalog> TryReadCatalogAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Project.WarehousePath))
        {
            return WarehouseCatalog.Empty;
        }

        try
        {
            await using var connection = new DuckDBConnection(Project.WarehouseConnectionString);
            await connection.OpenAsync(cancellationToken);
            return await WarehouseCatalog.ReadAsync(connection, cancellationToken);
        }
        catch (DuckDBException)
        {
            return WarehouseCatalog.Empty;
        }
    }
}
