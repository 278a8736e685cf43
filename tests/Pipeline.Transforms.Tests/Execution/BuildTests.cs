using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Tests.Execution;

/// <summary><c>pipeline build</c> on the sector fixture: what is built, in which order, with which contents.</summary>
public sealed class BuildTests
{
    [Fact]
    public async Task Build_runs_seeds_models_and_tests_interleaved_in_dependency_order()
    {
        using var project = await TempProject.FromFixtureAsync();

        var run = await project.Runner.BuildAsync();

        Assert.True(run.Succeeded, Describe(run));
        Assert.Equal(
            [
                "seed.code_filiere success", "seed.code_sortie success", "seed.operateurs success",
                "test.not_null_operateurs_operateur_id pass", "test.unique_operateurs_operateur_id pass",
                "model.stg_operateurs success", "model.stg_parcours success",
                "test.accepted_values_stg_parcours_sortie_code pass", "test.not_null_stg_parcours_parcours_id pass",
                "test.relationships_stg_parcours_operateur_id__operateur_id__stg_operateurs pass",
                "test.relationships_stg_parcours_sortie_code__code__code_sortie pass",
                "test.unique_stg_parcours_parcours_id pass",
                "model.mart_operateurs success",
                "test.assert_heures_positives pass", "test.not_null_mart_operateurs_operateur_id pass", "test.unique_mart_operateurs_operateur_id pass",
                "model.mart_sorties_annee success",
                "test.not_null_mart_sorties_annee_annee pass",
            ],
            run.Results.Select(r => $"{r.UniqueId} {r.Status.ToString().ToLowerInvariant()}"));
        Assert.Equal(
            ["code_filiere 2", "code_sortie 3", "operateurs 3", "stg_operateurs -", "stg_parcours -", "mart_operateurs 3", "mart_sorties_annee 4"],
            run.Results.Where(r => r.Kind != NodeKind.Test).Select(r => $"{r.Name} {r.Rows?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));
    }

    [Fact]
    public async Task Built_relations_hold_the_expected_rows()
    {
        using var project = await TempProject.FromFixtureAsync();

        await project.Runner.BuildAsync();

        Assert.Equal(
            ["2023\tAFP\t3\t3\t350", "2023\tEFT\t1\t1\t200", "2024\tAFP\t1\t0\t60", "2024\tEFT\t1\t0\t40"],
            project.Rows("SELECT * FROM mart_sorties_annee ORDER BY annee, filiere_code"));
        Assert.Equal(
            ["OP1\tWAL\t2\t200", "OP2\tWAL\t2\t240", "OP3\tBRU\t2\t210"],
            project.Rows("SELECT * FROM mart_operateurs ORDER BY operateur_id"));
        Assert.Equal(
            ["P5\tOP3\tFEBISP\t2023\tAFP\temploi\t150", "P6\tOP3\tFEBISP\t2024\tAFP\tNULL\t60"],
            project.Rows("SELECT * FROM stg_parcours WHERE federation = 'FEBISP' ORDER BY parcours_id"));
        Assert.Equal(
            ["code_filiere\tBASE TABLE", "code_sortie\tBASE TABLE", "mart_operateurs\tBASE TABLE", "mart_sorties_annee\tBASE TABLE",
             "operateurs\tBASE TABLE", "stg_operateurs\tVIEW", "stg_parcours\tVIEW"],
            project.Rows("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name"));
    }

    [Fact]
    public async Task Seed_types_are_inferred_unless_the_yaml_forces_them()
    {
        using var project = await TempProject.FromFixtureAsync();

        await project.Runner.TransformAsync();

        // agrement is forced to VARCHAR, which keeps its leading zero; positive is inferred as BOOLEAN.
        Assert.Equal(["OP1\t0101"], project.Rows("SELECT operateur_id, agrement FROM operateurs WHERE operateur_id = 'OP1'"));
        Assert.Equal(
            ["agrement\tVARCHAR", "positive\tBOOLEAN"],
            project.Rows("SELECT column_name, data_type FROM information_schema.columns WHERE column_name IN ('agrement', 'positive') AND table_name IN ('operateurs', 'code_sortie') ORDER BY 1"));
    }

    [Fact]
    public async Task Transform_builds_models_only_and_test_runs_tests_only()
    {
        using var project = await TempProject.FromFixtureAsync();

        var transform = await project.Runner.TransformAsync();
        var test = await project.Runner.TestAsync();

        Assert.Equal(7, transform.Results.Count);
        Assert.All(transform.Results, r => Assert.Equal(NodeStatus.Success, r.Status));
        Assert.Equal(11, test.Results.Count);
        Assert.All(test.Results, r => Assert.Equal((NodeKind.Test, NodeStatus.Pass), (r.Kind, r.Status)));
    }

    [Fact]
    public async Task Test_before_any_build_reports_each_test_as_an_error()
    {
        using var project = await TempProject.FromFixtureAsync();

        var run = await project.Runner.TestAsync();

        Assert.False(run.Succeeded);
        Assert.All(run.Results, r => Assert.Equal(NodeStatus.Error, r.Status));
        Assert.Contains("mart_operateurs", run.Find("assert_heures_positives")!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebuild_replaces_the_contents_and_a_materialization_change_replaces_the_relation()
    {
        using var project = await TempProject.FromFixtureAsync();
        await project.Runner.BuildAsync();

        project.Edit("marts/parcours/_marts.yml", "      materialized: parquet", "      materialized: view");
        project.Edit("transforms/staging/_staging.yml", "    description: Opérateurs, renommés pour les marts.",
            "    description: Opérateurs, renommés pour les marts.\n    config:\n      materialized: table");
        var run = await project.Runner.BuildAsync();

        Assert.True(run.Succeeded, Describe(run));
        Assert.Equal(
            ["mart_operateurs\tVIEW", "stg_operateurs\tBASE TABLE"],
            project.Rows("SELECT table_name, table_type FROM information_schema.tables WHERE table_name IN ('mart_operateurs', 'stg_operateurs') ORDER BY 1"));
        Assert.Equal(["OP3\tBRU\t2\t210"], project.Rows("SELECT * FROM mart_operateurs WHERE operateur_id = 'OP3'"));
    }

    [Fact]
    public async Task An_empty_project_builds_nothing_and_says_so_in_its_artifacts()
    {
        using var project = TempProject.Empty();

        var run = await project.Runner.BuildAsync();

        Assert.True(run.IsEmpty);
        Assert.True(run.Succeeded);
        Assert.False(File.Exists(project.Warehouse));
        Assert.Contains("\"results\": []", File.ReadAllText(run.RunResultsPath!), StringComparison.Ordinal);
        Assert.Contains("\"nodes\": {}", File.ReadAllText(run.ManifestPath!), StringComparison.Ordinal);
    }

    internal static string Describe(RunResults run) =>
        string.Join(Environment.NewLine, run.Results.Select(r => $"{r.UniqueId} {r.Status} {r.RelativePath}:{r.Line} {r.Message}"));
}
