using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Tests.Execution;

/// <summary>What a failing model or test does to the run: what is skipped, what is kept, where the error is.</summary>
public sealed class FailureTests
{
    private const string AcceptedValues = "test.accepted_values_stg_parcours_sortie_code";

    [Fact]
    public async Task A_failing_error_test_skips_everything_downstream_of_its_model_and_says_why()
    {
        using var project = await TempProject.FromFixtureAsync();
        project.Edit("transforms/staging/_staging.yml", "values: [emploi, formation, abandon]", "values: [emploi, formation]");

        var run = await project.Runner.BuildAsync();

        Assert.False(run.Succeeded);
        var failed = run.Find("accepted_values_stg_parcours_sortie_code")!;
        Assert.Equal((NodeStatus.Fail, 1L), (failed.Status, failed.Failures));
        Assert.Equal(["{\"value_field\":\"abandon\",\"n_records\":1}"], failed.SampleRows);
        Assert.Equal(
            [
                "mart_operateurs", "assert_heures_positives", "not_null_mart_operateurs_operateur_id", "unique_mart_operateurs_operateur_id",
                "mart_sorties_annee", "not_null_mart_sorties_annee_annee",
            ],
            run.Results.Where(r => r.Status == NodeStatus.Skipped).Select(r => r.Name));
        Assert.All(run.Results.Where(r => r.Status == NodeStatus.Skipped), r =>
        {
            Assert.Equal(AcceptedValues, r.SkippedBecause);
            Assert.Equal("ignoré : le test accepted_values_stg_parcours_sortie_code (sévérité error) a échoué sur stg_parcours avec 1 ligne(s) en défaut", r.Message);
        });
        Assert.Equal(NodeStatus.Success, run.Find("stg_operateurs")!.Status);
        Assert.Equal(NodeStatus.Pass, run.Find("unique_stg_parcours_parcours_id")!.Status);
    }

    [Fact]
    public async Task A_failing_warn_test_is_reported_and_downstream_models_still_run()
    {
        using var project = await TempProject.FromFixtureAsync();
        project.Edit("transforms/seeds/code_sortie.csv", "abandon,Abandon,false\n", "");

        var run = await project.Runner.BuildAsync();

        Assert.True(run.Succeeded, BuildTests.Describe(run));
        var warned = run.Find("relationships_stg_parcours_sortie_code__code__code_sortie")!;
        Assert.Equal((NodeStatus.Warn, 1L), (warned.Status, warned.Failures));
        Assert.Equal(["{\"from_field\":\"abandon\"}"], warned.SampleRows);
        Assert.DoesNotContain(run.Results, r => r.Status == NodeStatus.Skipped);
        Assert.Equal(NodeStatus.Success, run.Find("mart_sorties_annee")!.Status);
    }

    [Fact]
    public async Task A_failing_model_keeps_the_previous_table_and_reports_its_file_and_line()
    {
        using var project = await TempProject.FromFixtureAsync();
        await project.Runner.BuildAsync();
        project.Edit("marts/parcours/mart_sorties_annee.sql", "    sum(heures) as heures", "    sum(heures_totales) as heures");

        var run = await project.Runner.TransformAsync();

        var failed = run.Find("mart_sorties_annee")!;
        Assert.Equal(NodeStatus.Error, failed.Status);
        Assert.Equal(("marts/parcours/mart_sorties_annee.sql", 12), (failed.RelativePath, failed.Line));
        Assert.Contains("heures_totales", failed.Message, StringComparison.Ordinal);
        Assert.Contains("LINE 12:", failed.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["2023\tAFP\t3\t3\t350", "2023\tEFT\t1\t1\t200", "2024\tAFP\t1\t0\t60", "2024\tEFT\t1\t0\t40"],
            project.Rows("SELECT * FROM mart_sorties_annee ORDER BY annee, filiere_code"));
        Assert.Empty(project.Rows("SELECT table_name FROM information_schema.tables WHERE table_name LIKE '\\_\\_pipeline%' ESCAPE '\\'"));
    }

    [Fact]
    public async Task A_model_failing_at_run_time_keeps_the_previous_table()
    {
        using var project = await TempProject.FromFixtureAsync();
        await project.Runner.BuildAsync();
        // Binds fine, fails while running: the half-built table must not replace the old one.
        project.Edit("marts/parcours/mart_operateurs.sql", "    coalesce(sum(p.heures), 0) as heures",
            "    coalesce(sum(p.heures), 0) as heures,\n    cast(case when o.operateur_id = 'OP3' then 'x' else '1' end as integer) as boom");

        var run = await project.Runner.TransformAsync(new RunOptions { Select = ["mart_operateurs"] });

        Assert.Equal(NodeStatus.Error, run.Find("mart_operateurs")!.Status);
        Assert.Contains("Conversion Error", run.Find("mart_operateurs")!.Message, StringComparison.Ordinal);
        Assert.Equal(["OP1\tWAL\t2\t200", "OP2\tWAL\t2\t240", "OP3\tBRU\t2\t210"], project.Rows("SELECT * FROM mart_operateurs ORDER BY 1"));
    }

    [Fact]
    public async Task A_failing_view_keeps_the_previous_view_and_skips_its_children()
    {
        using var project = await TempProject.FromFixtureAsync();
        await project.Runner.BuildAsync();
        project.Edit("transforms/staging/stg_operateurs.sql", "    region,", "    regoin,");

        var run = await project.Runner.BuildAsync();

        var failed = run.Find("stg_operateurs")!;
        Assert.Equal((NodeStatus.Error, 3), (failed.Status, failed.Line));
        Assert.Equal(["OP1\tWAL\t0101", "OP2\tWAL\t0102", "OP3\tBRU\t0201"], project.Rows("SELECT * FROM stg_operateurs ORDER BY 1"));
        Assert.Equal(("model.stg_operateurs", "ignoré : le modèle stg_operateurs a échoué"), (run.Find("mart_operateurs")!.SkippedBecause, run.Find("mart_operateurs")!.Message));
        Assert.Equal(NodeStatus.Skipped, run.Find("relationships_stg_parcours_operateur_id__operateur_id__stg_operateurs")!.Status);
        Assert.Equal(NodeStatus.Success, run.Find("mart_sorties_annee")!.Status);
    }

    [Fact]
    public async Task A_failing_singular_test_reports_the_line_in_its_file()
    {
        using var project = await TempProject.FromFixtureAsync();
        project.Edit("marts/tests/assert_heures_positives.sql", "where heures < 0", "where heures_x < 0");

        var run = await project.Runner.BuildAsync();

        var failed = run.Find("assert_heures_positives")!;
        Assert.Equal((NodeStatus.Error, "marts/tests/assert_heures_positives.sql", 4), (failed.Status, failed.RelativePath, failed.Line));
        Assert.Contains("LINE 4:", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_singular_test_returning_rows_fails_with_its_sample_rows()
    {
        using var project = await TempProject.FromFixtureAsync();
        project.Edit("marts/tests/assert_heures_positives.sql", "where heures < 0", "where heures < 220\norder by operateur_id;");

        var run = await project.Runner.BuildAsync();

        var failed = run.Find("assert_heures_positives")!;
        Assert.Equal((NodeStatus.Fail, 2L), (failed.Status, failed.Failures));
        Assert.Equal(["{\"operateur_id\":\"OP1\",\"heures\":200}", "{\"operateur_id\":\"OP3\",\"heures\":210}"], failed.SampleRows);
        Assert.False(run.Succeeded);
    }

    [Fact]
    public async Task A_model_reading_a_dataset_without_data_fails_clearly_and_its_children_are_skipped()
    {
        using var project = await TempProject.FromFixtureAsync();
        Directory.Delete(project.FullPath("lake/raw/parcours"), recursive: true);

        var run = await project.Runner.BuildAsync();

        var failed = run.Find("stg_parcours")!;
        Assert.Equal(NodeStatus.Error, failed.Status);
        Assert.StartsWith("la source raw.parcours n'a pas encore de données", failed.Message, StringComparison.Ordinal);
        Assert.Equal("model.stg_parcours", run.Find("mart_sorties_annee")!.SkippedBecause);
        Assert.Equal(NodeStatus.Success, run.Find("stg_operateurs")!.Status);
    }

    [Fact]
    public async Task Sample_rows_stop_at_five()
    {
        using var project = TempProject.Empty();
        project.Write("models/numbers.sql", "select range as n from range(8)");
        project.Write("models/_models.yml", "version: 2\nmodels:\n  - name: numbers\n    columns:\n      - name: n\n        tests:\n          - accepted_values:\n              values: [0]\n");

        var run = await project.Runner.BuildAsync();

        var failed = run.Results.Single(r => r.Kind == NodeKind.Test);
        Assert.Equal((NodeStatus.Fail, 7L, 5), (failed.Status, failed.Failures, failed.SampleRows.Count));
    }
}
