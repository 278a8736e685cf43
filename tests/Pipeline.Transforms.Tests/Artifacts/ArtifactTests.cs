using System.Text.Json;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Tests.Artifacts;

/// <summary><c>target/manifest.json</c>, <c>target/run_results.json</c> and the Parquet export, read back as files.</summary>
public sealed class ArtifactTests
{
    [Fact]
    public async Task The_manifest_lists_nodes_with_dependencies_columns_and_config()
    {
        using var project = await TempProject.FromFixtureAsync();
        var run = await project.Runner.BuildAsync();

        using var manifest = JsonDocument.Parse(File.ReadAllText(project.FullPath("target/manifest.json")));
        var root = manifest.RootElement;

        Assert.Equal(run.ManifestPath, project.FullPath("target/manifest.json"));
        Assert.Equal(
            ["seed.code_filiere", "seed.code_sortie", "seed.operateurs", "model.stg_operateurs", "model.stg_parcours", "model.mart_operateurs", "model.mart_sorties_annee"],
            root.GetProperty("nodes").EnumerateObject().Select(p => p.Name));
        var mart = root.GetProperty("nodes").GetProperty("model.mart_operateurs");
        Assert.Equal("marts/parcours/mart_operateurs.sql", mart.GetProperty("path").GetString());
        Assert.Equal("parquet", mart.GetProperty("config").GetProperty("materialized").GetString());
        Assert.Equal(["parcours"], mart.GetProperty("config").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["model.stg_operateurs", "model.stg_parcours"], mart.GetProperty("depends_on").GetProperty("nodes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(
            ["operateur_id VARCHAR ", "region VARCHAR ", "parcours BIGINT ", "heures HUGEINT Heures de formation suivies."],
            mart.GetProperty("columns").EnumerateObject().Select(c =>
                $"{c.Name} {c.Value.GetProperty("data_type").GetString()} {c.Value.GetProperty("description").GetString()}"));
        var staging = root.GetProperty("nodes").GetProperty("model.stg_parcours");
        Assert.Equal(["source.raw.parcours"], staging.GetProperty("depends_on").GetProperty("sources").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(
            ["model.mart_operateurs", "model.mart_sorties_annee"],
            root.GetProperty("child_map").GetProperty("model.stg_parcours").EnumerateArray().Select(t => t.GetString()));
        var test = root.GetProperty("tests").GetProperty("test.accepted_values_stg_parcours_sortie_code");
        Assert.Equal("emploi, formation, abandon", test.GetProperty("arguments").GetProperty("values").GetString());
        Assert.Equal(
            ["annee", "federation", "filiere_code", "heures", "operateur_id", "parcours_id", "sortie"],
            root.GetProperty("sources").GetProperty("source.raw.parcours").GetProperty("columns").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_results_hold_status_rows_timing_and_failing_samples()
    {
        using var project = await TempProject.FromFixtureAsync();
        await project.Runner.BuildAsync();
        project.Edit("transforms/staging/_staging.yml", "values: [emploi, formation, abandon]", "values: [emploi]");

        var run = await project.Runner.BuildAsync(new RunOptions { Select = ["stg_parcours+"] });

        using var results = JsonDocument.Parse(File.ReadAllText(run.RunResultsPath!));
        var root = results.RootElement;
        Assert.Equal("build", root.GetProperty("metadata").GetProperty("command").GetString());
        Assert.Equal(["stg_parcours+"], root.GetProperty("metadata").GetProperty("select").EnumerateArray().Select(s => s.GetString()));
        Assert.False(root.GetProperty("success").GetBoolean());
        Assert.Equal((1, 1, 4, 6), (
            root.GetProperty("summary").GetProperty("success").GetInt32(),
            root.GetProperty("summary").GetProperty("fail").GetInt32(),
            root.GetProperty("summary").GetProperty("pass").GetInt32(),
            root.GetProperty("summary").GetProperty("skipped").GetInt32()));
        var byId = root.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("unique_id").GetString()!);
        var failed = byId["test.accepted_values_stg_parcours_sortie_code"];
        Assert.Equal(("fail", 2, "error", "transforms/staging/_staging.yml", 14), (
            failed.GetProperty("status").GetString(),
            failed.GetProperty("failures").GetInt32(),
            failed.GetProperty("severity").GetString(),
            failed.GetProperty("path").GetString(),
            failed.GetProperty("line").GetInt32()));
        Assert.Equal(
            ["abandon 1", "formation 1"],
            failed.GetProperty("sample_rows").EnumerateArray()
                .Select(r => $"{r.GetProperty("value_field").GetString()} {r.GetProperty("n_records").GetInt32()}").Order(StringComparer.Ordinal));
        var skipped = byId["model.mart_sorties_annee"];
        Assert.Equal(("skipped", "test.accepted_values_stg_parcours_sortie_code"), (skipped.GetProperty("status").GetString(), skipped.GetProperty("skipped_because").GetString()));
        Assert.True(byId["model.stg_parcours"].GetProperty("execution_time").GetDouble() >= 0);
        Assert.Equal("view", byId["model.stg_parcours"].GetProperty("materialized").GetString());
    }

    [Fact]
    public async Task A_parquet_model_is_readable_with_read_parquet_and_leaves_no_temporary_file()
    {
        using var project = await TempProject.FromFixtureAsync();

        await project.Runner.BuildAsync();

        var file = project.FullPath("lake/marts/mart_operateurs.parquet");
        Assert.Equal(
            ["OP1\tWAL\t2\t200", "OP2\tWAL\t2\t240", "OP3\tBRU\t2\t210"],
            project.Rows($"SELECT * FROM read_parquet('{file}') ORDER BY operateur_id"));
        // HUGEINT sums are exported as BIGINT (DuckDB would write them as DOUBLE).
        Assert.Equal(
            ["operateur_id\tVARCHAR", "region\tVARCHAR", "parcours\tBIGINT", "heures\tBIGINT"],
            project.Rows($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{file}'))"));
        Assert.Equal(["mart_operateurs.parquet"], Directory.GetFiles(project.FullPath("lake/marts")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_failed_parquet_model_keeps_the_previous_export()
    {
        using var project = await TempProject.FromFixtureAsync();
        await project.Runner.BuildAsync();
        var file = project.FullPath("lake/marts/mart_operateurs.parquet");
        var before = File.ReadAllBytes(file);
        project.Edit("marts/parcours/mart_operateurs.sql", "o.region,", "o.regoin,");

        var run = await project.Runner.TransformAsync(new RunOptions { Select = ["mart_operateurs"] });

        Assert.Equal(NodeStatus.Error, Assert.Single(run.Results).Status);
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Equal(["mart_operateurs.parquet"], Directory.GetFiles(project.FullPath("lake/marts")).Select(Path.GetFileName));
    }
}
