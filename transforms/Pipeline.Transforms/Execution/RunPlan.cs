using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;
using Pipeline.Transforms.Selection;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Execution;

/// <summary>
/// The steps of a run in order. <c>build</c> puts each test right after the last model it reads, and a
/// model waits for the tests guarding what it reads: a test guards the model it is declared on (for a
/// test reading several models, those of them no other one it reads depends on, which keeps the plan
/// free of deadlocks), and a source test guards the models reading that source.
/// </summary>
internal sealed class RunPlan
{
    private RunPlan(IReadOnlyList<PlanStep> steps) => Steps = steps;

    public IReadOnlyList<PlanStep> Steps { get; }

    public static RunPlan Create(TransformGraph graph, RunCommand command, SelectedSet selection)
    {
        var tests = command == RunCommand.Transform ? [] : graph.Tests.Where(t => selection.Tests.Contains(t.Name)).ToList();
        var steps = new List<PlanStep>();
        var nodeSteps = new Dictionary<string, PlanStep>(StringComparer.OrdinalIgnoreCase);

        // Tests reading no model come first; the others after the last model they read (graph.Tests is in that order).
        var testsByLastNode = tests.ToLookup(t => t.DependsOn.Count == 0 ? null : t.DependsOn.MaxBy(graph.IndexOf), StringComparer.OrdinalIgnoreCase);
        AddTests(testsByLastNode[null]);
        foreach (var node in graph.Nodes)
        {
            if (command != RunCommand.Test && selection.Nodes.Contains(node.Name))
            {
                var step = PlanStep.For(steps.Count, node);
                steps.Add(step);
                nodeSteps[node.Name] = step;
            }

            AddTests(testsByLastNode[node.Name]);
        }

        if (command == RunCommand.Build)
        {
            Link(graph, steps, nodeSteps);
        }
        else if (command == RunCommand.Transform)
        {
            foreach (var step in steps)
            {
                foreach (var parent in step.Node!.DependsOn.Where(nodeSteps.ContainsKey))
                {
                    step.WaitFor(nodeSteps[parent]);
                }
            }
        }

        return new RunPlan(steps);

        void AddTests(IEnumerable<DataTest> group) => steps.AddRange(group.Select(t => PlanStep.For(steps.Count, t)));
    }

    private static void Link(TransformGraph graph, List<PlanStep> steps, Dictionary<string, PlanStep> nodeSteps)
    {
        var guardsOfNode = new Dictionary<string, List<PlanStep>>(StringComparer.OrdinalIgnoreCase);
        var guardsOfSource = new Dictionary<string, List<PlanStep>>(StringComparer.OrdinalIgnoreCase);
        foreach (var testStep in steps.Where(s => s.Test is not null))
        {
            var test = testStep.Test!;
            var (keys, map) = test.DependsOn.Count == 0 ? (test.Sources, guardsOfSource) : (GuardedNodes(graph, test), guardsOfNode);
            foreach (var key in keys)
            {
                (map.TryGetValue(key, out var list) ? list : map[key] = []).Add(testStep);
            }
        }

        foreach (var step in steps)
        {
            var reads = step.Node?.DependsOn ?? step.Test!.DependsOn;
            foreach (var parent in reads.Where(nodeSteps.ContainsKey))
            {
                step.WaitFor(nodeSteps[parent]);
            }

            if (step.Node is not { } node)
            {
                continue;
            }

            var guards = node.DependsOn.SelectMany(p => guardsOfNode.GetValueOrDefault(p) ?? [])
                .Concat(node.Sources.SelectMany(s => guardsOfSource.GetValueOrDefault(s) ?? []));
            foreach (var guard in guards)
            {
                step.WaitFor(guard);
            }
        }
    }

    /// <summary>The models a failing test stops: its own model, else the ones it reads that nothing else it reads depends on.</summary>
    public static IReadOnlyList<string> GuardedNodes(TransformGraph graph, DataTest test)
    {
        var last = test.DependsOn
            .Where(d => !test.DependsOn.Any(other => !string.Equals(other, d, StringComparison.OrdinalIgnoreCase)
                && graph.Ancestors(other).Contains(d, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        return test.Model is { } owner && test.Kind != TestKind.Singular && last.Contains(owner, StringComparer.OrdinalIgnoreCase) ? [owner] : last;
    }
}
