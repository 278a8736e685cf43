using Pipeline.DuckDb;

namespace Pipeline.Transforms.Tests.Execution;

/// <summary>The privacy section of pipeline.yaml reaches the SQL as projet.parametres, rewritten at each run.</summary>
public sealed class ProjectParametersTests
{
    [Fact]
    public async Task Models_read_the_privacy_thresholds_of_pipeline_yaml_as_of_this_run()
    {
        using var project = TempProject.Empty("""
            name: temp
            warehouse: warehouse/temp.duckdb
            duckdb: { threads: 1, memory_limit: 1GB }
            transforms: { model_paths: [models] }
            privacy: { min_cell: 7, min_denominator: 25, min_operators: 4, max_dominance: 0.6 }
            """);
        project.Write("models/seuils.sql", "select parametre, valeur from projet.parametres");
        Assert.True((await project.Runner.BuildAsync()).Succeeded);
        Assert.Equal(["privacy.max_dominance\t0.6", "privacy.min_cell\t7", "privacy.min_denominator\t25", "privacy.min_operators\t4"], Read(project));

        // a changed threshold applies at the next build, with nothing else to do
        File.WriteAllText(Path.Combine(project.Path, "pipeline.yaml"),
            File.ReadAllText(Path.Combine(project.Path, "pipeline.yaml")).Replace("min_cell: 7", "min_cell: 11", StringComparison.Ordinal));
        Assert.True((await project.Runner.BuildAsync()).Succeeded);
        Assert.Contains("privacy.min_cell\t11", Read(project));
    }

    private static IReadOnlyList<string> Read(TempProject project)
    {
        using var connection = new DuckDBConnection($"Data Source={project.Warehouse}");
        connection.Open();
        return [.. Sql.Rows(connection, "SELECT * FROM seuils ORDER BY 1")];
    }
}
