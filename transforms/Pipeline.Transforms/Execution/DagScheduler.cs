using Pipeline.DuckDb;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Execution;

/// <summary>
/// Runs a plan's steps as soon as what they wait for has ended, up to <c>threads</c> at once, each on its
/// own connection. A step whose prerequisite failed or was skipped is skipped in turn, carrying the
/// root cause. Ready steps start by <paramref name="priorities"/> (<see cref="CriticalPath"/>); without
/// them, in plan order, which a single thread then follows exactly.
/// </summary>
internal sealed class DagScheduler(
    int threads, Func<PlanStep, DuckDBConnection, CancellationToken, Task<NodeResult>> execute, IReadOnlyList<int>? priorities = null)
{
    public async Task<IReadOnlyList<NodeResult>> RunAsync(
        RunPlan plan, ConnectionPool pool, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var results = new NodeResult?[plan.Steps.Count];
        var waiting = plan.Steps.ToDictionary(s => s, s => s.Prerequisites.Count);
        var blockedBy = new Dictionary<PlanStep, NodeResult>();
        var ready = new PriorityQueue<PlanStep, int>();
        var running = new Dictionary<Task<NodeResult>, (PlanStep Step, DuckDBConnection Connection)>();
        var done = 0;
        foreach (var step in plan.Steps.Where(s => s.Prerequisites.Count == 0))
        {
            ready.Enqueue(step, Priority(step));
        }

        try
        {
            while (ready.Count > 0 || running.Count > 0)
            {
                while (running.Count < threads && ready.TryDequeue(out var step, out _))
                {
                    var connection = await pool.TakeAsync(cancellationToken);
                    running[execute(step, connection, cancellationToken)] = (step, connection);
                    Report(null);
                }

                var finished = await Task.WhenAny(running.Keys);
                var (finishedStep, finishedConnection) = running[finished];
                running.Remove(finished);
                pool.Return(finishedConnection);
                Complete(finishedStep, await finished);
            }
        }
        catch
        {
            // Cancelled (or a bug): let the steps still running end before their connections are closed.
            await Task.WhenAll(running.Keys).ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }

        return [.. results.Select((r, i) => r ?? throw new InvalidOperationException($"Step {plan.Steps[i].UniqueId} never ran."))];

        void Complete(PlanStep step, NodeResult result)
        {
            results[step.Index] = result;
            done++;
            Report(result);
            // A skipped test proves nothing either way, and whatever made it skip already blocks the
            // model it guards: only a skipped model or seed passes its cause on.
            var cause = result.Status switch
            {
                NodeStatus.Skipped when step.Kind != NodeKind.Test => blockedBy[step],
                NodeStatus.Error or NodeStatus.Fail => result,
                _ => null,
            };
            foreach (var dependent in step.Dependents)
            {
                if (cause is not null)
                {
                    blockedBy.TryAdd(dependent, cause);
                }

                if (--waiting[dependent] > 0)
                {
                    continue;
                }

                if (blockedBy.TryGetValue(dependent, out var rootCause))
                {
                    Complete(dependent, Skip(dependent, rootCause));
                }
                else
                {
                    ready.Enqueue(dependent, Priority(dependent));
                }
            }
        }

        void Report(NodeResult? finished) =>
            progress?.Report(new RunProgress(plan.Steps.Count, done, [.. running.Values.Select(r => r.Step.Name)], finished));
    }

    private int Priority(PlanStep step) => priorities?[step.Index] ?? step.Index;

    private static NodeResult Skip(PlanStep step, NodeResult cause) => new()
    {
        UniqueId = step.UniqueId,
        Name = step.Name,
        Kind = step.Kind,
        Status = NodeStatus.Skipped,
        RelativePath = step.Node?.RelativePath ?? step.Test!.RelativePath,
        Materialization = step.Node?.Materialization,
        Severity = step.Test?.Severity,
        Model = step.Test?.Model,
        SkippedBecause = cause.UniqueId,
        Message = SkipReason.Describe(cause),
    };
}
