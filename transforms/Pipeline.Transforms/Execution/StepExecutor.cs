using System.Diagnostics;
using Pipeline.DuckDb;
using Pipeline.Transforms.Discovery;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Materialisation;
using Pipeline.Transforms.Results;
using Pipeline.Transforms.Sql;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Execution;

/// <summary>Runs one step on a worker connection and turns whatever happens into a <see cref="NodeResult"/>.</summary>
internal sealed class StepExecutor(string exportFolder, RawSources raw, NullCounts nullCounts)
{
    /// <summary>Runs on the thread pool, so the scheduler can start other steps meanwhile. Only cancellation escapes.</summary>
    public Task<NodeResult> ExecuteAsync(PlanStep step, DuckDBConnection connection, CancellationToken cancellationToken) =>
        Task.Run(() => RunAsync(step, connection, cancellationToken), CancellationToken.None);

    private async Task<NodeResult> RunAsync(PlanStep step, DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var result = Base(step) with { StartedAt = started };
        try
        {
            if (MissingSource(step) is { } missing)
            {
                result = result with { Status = NodeStatus.Error, Message = missing };
            }
            else if (step.Test is { } test)
            {
                var (failures, samples) = await TestExecutor.RunAsync(connection, test, nullCounts, cancellationToken);
                result = result with
                {
                    Status = failures == 0 ? NodeStatus.Pass : test.Severity == TestSeverity.Warn ? NodeStatus.Warn : NodeStatus.Fail,
                    Failures = failures,
                    SampleRows = samples,
                    Message = failures == 0 ? null : $"{failures} ligne(s) en défaut",
                };
            }
            else if (step.Node is { Kind: NodeKind.Seed } seed)
            {
                result = result with { Status = NodeStatus.Success, Rows = await SeedLoader.LoadAsync(connection, seed, cancellationToken) };
            }
            else
            {
                var rows = await ModelMaterializer.BuildAsync(connection, step.Node!, exportFolder, cancellationToken);
                result = result with { Status = NodeStatus.Success, Rows = rows };
            }
        }
        catch (SqlFailure failure)
        {
            result = SqlError(step, result, failure);
        }
        catch (Exception e) when (e is DuckDBException or IOException or UnauthorizedAccessException && !cancellationToken.IsCancellationRequested)
        {
            result = result with { Status = NodeStatus.Error, Message = e.Message, Line = step.Test?.Line };
        }

        return result with { Elapsed = clock.Elapsed };
    }

    private static NodeResult SqlError(PlanStep step, NodeResult result, SqlFailure failure)
    {
        // Generic tests are SQL the engine wrote: point at their YAML declaration instead.
        if (step.Test is { Kind: not TestKind.Singular } test)
        {
            return result with { Status = NodeStatus.Error, Message = failure.Message, Line = test.Line };
        }

        var sql = step.Node?.Sql ?? step.Test!.Sql;
        var (line, message) = SqlErrorLocator.Locate(failure.Message, sql, failure.PrefixLines);
        return result with { Status = NodeStatus.Error, Message = message, Line = line };
    }

    private string? MissingSource(PlanStep step)
    {
        var sources = step.Node?.Sources ?? step.Test!.Sources;
        foreach (var source in sources.Where(s => s.StartsWith(SourceCatalog.RawSchema + ".", StringComparison.OrdinalIgnoreCase)))
        {
            var dataset = source[(SourceCatalog.RawSchema.Length + 1)..];
            if (raw.Broken.TryGetValue(dataset, out var why))
            {
                return $"les fichiers Parquet de la source {source} sont illisibles : {why}";
            }

            if (!raw.Readable.Contains(dataset))
            {
                return $"la source {source} n'a pas encore de données (aucun fichier Parquet sous lake/raw/{dataset}/) : "
                    + "lancez « pipeline ingest » avec des fichiers de ce jeu, ou retirez cette référence.";
            }
        }

        return null;
    }

    private static NodeResult Base(PlanStep step) => new()
    {
        UniqueId = step.UniqueId,
        Name = step.Name,
        Kind = step.Kind,
        Status = NodeStatus.Error,
        RelativePath = step.Node?.RelativePath ?? step.Test!.RelativePath,
        Materialization = step.Node is { Kind: NodeKind.Model } model ? model.Materialization : null,
        Severity = step.Test?.Severity,
        Model = step.Test?.Model,
        Line = step.Test is { Kind: not TestKind.Singular } test ? test.Line : null,
    };
}
