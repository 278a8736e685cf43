using System.Text.Json.Nodes;

namespace Pipeline.Transforms.Tests.Execution;

/// <summary>Building with several workers gives exactly what building with one gives.</summary>
public sealed class ParallelTests
{
    [Fact]
    public async Task Four_threads_build_the_same_relations_and_artifacts_as_one()
    {
        using var serial = await TempProject.FromFixtureAsync();
        using var parallel = await TempProject.FromFixtureAsync();
        // Extra independent models, so that several really are ready at once.
        foreach (var project in new[] { serial, parallel })
        {
            for (var i = 0; i < 8; i++)
            {
                project.Write($"marts/extra/mart_extra_{i}.sql",
                    $"select annee, sum(heures) * {i} as heures, count(*) as n from stg_parcours cross join range({i + 1}) group by annee");
            }
        }

        var one = await serial.Runner.BuildAsync(new RunOptions { Threads = 1 });
        var four = await parallel.Runner.BuildAsync(new RunOptions { Threads = 4 });

        Assert.True(one.Succeeded && four.Succeeded);
        Assert.Equal(4, four.Threads);
        Assert.Equal(Contents(serial), Contents(parallel));
        Assert.Equal(Normalised(one.RunResultsPath!, serial.Path), Normalised(four.RunResultsPath!, parallel.Path));
        Assert.Equal(Normalised(one.ManifestPath!, serial.Path), Normalised(four.ManifestPath!, parallel.Path));
        Assert.Equal(
            serial.Rows($"SELECT * FROM read_parquet('{serial.FullPath("lake/marts/mart_operateurs.parquet")}') ORDER BY ALL"),
            parallel.Rows($"SELECT * FROM read_parquet('{parallel.FullPath("lake/marts/mart_operateurs.parquet")}') ORDER BY ALL"));
    }

    [Fact]
    public async Task A_failure_skips_the_same_steps_whatever_the_threads()
    {
        using var serial = await TempProject.FromFixtureAsync();
        using var parallel = await TempProject.FromFixtureAsync();
        foreach (var project in new[] { serial, parallel })
        {
            project.Edit("transforms/staging/_staging.yml", "values: [emploi, formation, abandon]", "values: [emploi, formation]");
        }

        var one = await serial.Runner.BuildAsync(new RunOptions { Threads = 1 });
        var four = await parallel.Runner.BuildAsync(new RunOptions { Threads = 4 });

        Assert.Equal(
            one.Results.Select(r => (r.UniqueId, r.Status, r.SkippedBecause)),
            four.Results.Select(r => (r.UniqueId, r.Status, r.SkippedBecause)));
    }

    // Every relation of the main schema, every row, in a stable order.
    private static List<string> Contents(TempProject project)
    {
        var contents = new List<string>();
        foreach (var table in project.Rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"))
        {
            contents.Add("## " + table);
            contents.AddRange(project.Rows($"SELECT * FROM \"{table}\" ORDER BY ALL"));
        }

        return contents;
    }

    // The artifact without what legitimately differs: timings, dates, the thread count and the folder.
    private static string Normalised(string path, string root)
    {
        var json = JsonNode.Parse(File.ReadAllText(path).Replace(root, "<root>", StringComparison.Ordinal))!;
        Strip(json);
        return json.ToJsonString();

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var key in new[] { "generated_at", "started_at", "elapsed_time", "execution_time", "threads" })
                    {
                        obj.Remove(key);
                    }

                    foreach (var (_, child) in obj)
                    {
                        Strip(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Strip(child);
                    }

                    break;
            }
        }
    }
}
