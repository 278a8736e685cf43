using System.Text.Json.Nodes;

namespace Pipeline.Transforms.Execution;

/// <summary>
/// Which ready step to start first when several wait for a thread: the one with the longest chain of
/// work still behind it (its own duration plus the longest path through what waits for it). A run that
/// starts its long chains first ends sooner: in plan order, cheap staging models sorted last alphabetically
/// held back the disclosure-control tail that every published mart waits for. Durations are those of
/// the previous run (<c>target/run_results.json</c>); steps it did not run count as an average model or test.
/// </summary>
internal static class CriticalPath
{
    private const double UnknownModelSeconds = 1.0;
    private const double UnknownTestSeconds = 0.05;

    /// <summary>A priority per step index (lower starts first): the longest remaining path, ties in plan order.</summary>
    public static int[] Priorities(RunPlan plan, IReadOnlyDictionary<string, double> lastDurations)
    {
        var remaining = new double[plan.Steps.Count];
        // plan order is a topological order: dependents always come later
        for (var i = plan.Steps.Count - 1; i >= 0; i--)
        {
            var step = plan.Steps[i];
            var own = lastDurations.TryGetValue(step.UniqueId, out var seconds)
                ? seconds
                : step.Test is null ? UnknownModelSeconds : UnknownTestSeconds;
            remaining[i] = own + step.Dependents.Select(d => remaining[d.Index]).DefaultIfEmpty(0).Max();
        }

        var order = Enumerable.Range(0, plan.Steps.Count).OrderByDescending(i => remaining[i]).ThenBy(i => i).ToArray();
        var priorities = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            priorities[order[rank]] = rank;
        }

        return priorities;
    }

    /// <summary>Seconds per step of the last run's <c>run_results.json</c>; empty when it is missing or unreadable.</summary>
    public static IReadOnlyDictionary<string, double> LastDurations(string runResultsPath)
    {
        var durations = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        try
        {
            if (File.Exists(runResultsPath) && JsonNode.Parse(File.ReadAllText(runResultsPath))?["results"] is JsonArray results)
            {
                foreach (var result in results.OfType<JsonObject>())
                {
                    if (result["unique_id"]?.GetValue<string>() is { } id && result["execution_time"] is JsonValue time)
                    {
                        durations[id] = time.GetValue<double>();
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            // only a hint for the order: a damaged file means the default estimates
            durations.Clear();
        }

        return durations;
    }
}
