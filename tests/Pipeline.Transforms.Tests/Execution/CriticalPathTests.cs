using Pipeline.Transforms.Execution;
using Pipeline.Transforms.Results;
using Pipeline.Transforms.Selection;

namespace Pipeline.Transforms.Tests.Execution;

/// <summary>Several threads start the longest remaining chain first; the previous run's durations say which is longest.</summary>
public sealed class CriticalPathTests
{
    [Fact]
    public async Task The_head_of_the_longest_chain_starts_before_a_lone_model_earlier_in_plan_order()
    {
        using var project = Chain();
        var plan = await PlanAsync(project);

        var priorities = CriticalPath.Priorities(plan, new Dictionary<string, double>());

        // plan order puts a_seul first (alphabetical among models ready at once); b1 leads three models
        Assert.True(Index(plan, "a_seul") < Index(plan, "b1"));
        Assert.True(priorities[Index(plan, "b1")] < priorities[Index(plan, "a_seul")]);
    }

    [Fact]
    public async Task A_model_that_took_long_last_time_starts_first()
    {
        using var project = Chain();
        var plan = await PlanAsync(project);

        var priorities = CriticalPath.Priorities(plan, new Dictionary<string, double> { ["model.a_seul"] = 30, ["model.b1"] = 0.1 });

        Assert.True(priorities[Index(plan, "a_seul")] < priorities[Index(plan, "b1")]);
        Assert.Equal(Enumerable.Range(0, plan.Steps.Count), priorities.Order());
    }

    [Fact]
    public async Task The_durations_come_from_the_last_run_results_and_a_damaged_file_gives_none()
    {
        using var project = Chain();
        var run = await project.Runner.BuildAsync(new RunOptions { Threads = 2 });
        Assert.True(run.Succeeded);

        var durations = CriticalPath.LastDurations(run.RunResultsPath!);
        Assert.Equal(["model.a_seul", "model.b1", "model.b2", "model.b3"], durations.Keys.Order());
        Assert.All(durations.Values, seconds => Assert.True(seconds >= 0));

        File.WriteAllText(run.RunResultsPath!, "{ \"results\": [ { \"unique_id\": ");
        Assert.Empty(CriticalPath.LastDurations(run.RunResultsPath!));
        Assert.Empty(CriticalPath.LastDurations(project.FullPath("target/absent.json")));
        Assert.True((await project.Runner.BuildAsync(new RunOptions { Threads = 2 })).Succeeded);
    }

    private static TempProject Chain()
    {
        var project = TempProject.Empty();
        project.Write("models/a_seul.sql", "select 1 as x");
        project.Write("models/b1.sql", "select 1 as x");
        project.Write("models/b2.sql", "select x + 1 as x from b1");
        project.Write("models/b3.sql", "select x + 1 as x from b2");
        return project;
    }

    private static async Task<RunPlan> PlanAsync(TempProject project)
    {
        var graph = await project.Runner.LoadAsync();
        return RunPlan.Create(graph, RunCommand.Build, NodeSelector.Apply(graph, [], []));
    }

    private static int Index(RunPlan plan, string name) => plan.Steps.Single(s => s.Name == name).Index;
}
