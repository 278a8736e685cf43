using Pipeline.Cli;

namespace Pipeline.Transforms.Tests.Cli;

/// <summary><c>pipeline transform|test|build|docs</c> as a user runs them: output and exit codes.</summary>
public sealed class TransformCommandsTests
{
    [Fact]
    public async Task Build_prints_a_table_of_steps_and_exits_with_0()
    {
        using var project = await TempProject.FromFixtureAsync();

        var (exitCode, output, _) = await RunAsync(project, "build");

        Assert.Equal(0, exitCode);
        Assert.Contains("│ table + parquet │ mart_operateurs", output, StringComparison.Ordinal);
        Assert.Contains("│ OK ", output, StringComparison.Ordinal);
        Assert.Contains("Terminé en ", output, StringComparison.Ordinal);
        Assert.Contains(": 7 construit(s), 11 test(s) réussi(s), 0 avertissement(s), 0 échec(s), 0 erreur(s), 0 ignoré(s). Détail : target/run_results.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_error_test_exits_with_1_and_lists_what_was_skipped()
    {
        using var project = await TempProject.FromFixtureAsync();
        project.Edit("transforms/staging/_staging.yml", "values: [emploi, formation, abandon]", "values: [emploi, formation]");

        var (exitCode, output, _) = await RunAsync(project, "build");

        Assert.Equal(1, exitCode);
        Assert.Contains("transforms/staging/_staging.yml:14 : le test accepted_values_stg_parcours_sortie_code (erreur) a trouvé 1 ligne(s) en défaut", output, StringComparison.Ordinal);
        Assert.Contains("{\"value_field\":\"abandon\",\"n_records\":1}", output, StringComparison.Ordinal);
        Assert.Contains("— 6 étape(s) non exécutée(s) : mart_operateurs, assert_heures_positives,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sql_error_shows_the_file_and_line()
    {
        using var project = await TempProject.FromFixtureAsync();
        project.Edit("marts/parcours/mart_sorties_annee.sql", "    sum(heures) as heures", "    sum(heures_totales) as heures");

        var (exitCode, output, _) = await RunAsync(project, "transform", "--select", "+mart_sorties_annee");

        Assert.Equal(1, exitCode);
        Assert.Contains("marts/parcours/mart_sorties_annee.sql:12 : le modèle mart_sorties_annee a échoué", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_error_exits_with_2_before_running_anything()
    {
        using var project = await TempProject.FromFixtureAsync();
        project.Edit("marts/parcours/mart_operateurs.sql", "from stg_operateurs as o", "from stg_operateur as o");

        var (exitCode, _, error) = await RunAsync(project, "build");

        Assert.Equal(2, exitCode);
        Assert.Contains(project.FullPath("marts/parcours/mart_operateurs.sql") + ":6 : référence inconnue « stg_operateur »", error, StringComparison.Ordinal);
        Assert.False(File.Exists(project.Warehouse));
    }

    [Fact]
    public async Task A_selector_matching_nothing_exits_with_2()
    {
        using var project = await TempProject.FromFixtureAsync();

        var (exitCode, _, error) = await RunAsync(project, "transform", "--select", "mart_penurie");

        Assert.Equal(2, exitCode);
        Assert.Contains("« mart_penurie » ne correspond à aucun modèle", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_runs_only_tests_and_docs_writes_the_page()
    {
        using var project = await TempProject.FromFixtureAsync();
        await RunAsync(project, "transform", "--threads", "2");

        var test = await RunAsync(project, "test", "-s", "tag:parcours");
        var docs = await RunAsync(project, "docs");

        Assert.Equal(0, test.ExitCode);
        Assert.Contains(": 0 construit(s), 4 test(s) réussi(s)", test.Output, StringComparison.Ordinal);
        Assert.Equal(0, docs.ExitCode);
        Assert.Contains($"Documentation écrite : {project.FullPath("target/docs/index.html")} (4 modèle(s), 3 seed(s), 1 source(s), 11 test(s)).", docs.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_without_models_builds_nothing_and_says_so()
    {
        using var project = TempProject.Empty();

        var (exitCode, output, _) = await RunAsync(project, "build");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Rien à faire : aucun modèle, seed ni test dans models (modèles .sql), seeds (seeds .csv) ni tests (tests .sql).", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(TempProject project, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PipelineCommandLine.RunAsync(args, new CliEnvironment(output, error, project.Path));
        return (exitCode, output.ToString(), error.ToString());
    }
}
