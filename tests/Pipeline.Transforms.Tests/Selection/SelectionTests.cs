using Pipeline.Transforms.Execution;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;
using Pipeline.Transforms.Selection;

namespace Pipeline.Transforms.Tests.Selection;

/// <summary>dbt's selection syntax on the sector fixture's graph, and what the plan then holds.</summary>
public sealed class SelectionTests : IAsyncLifetime
{
    private TempProject project = null!;
    private TransformGraph graph = null!;

    public async Task InitializeAsync()
    {
        project = await TempProject.FromFixtureAsync();
        graph = await project.Runner.LoadAsync();
    }

    public Task DisposeAsync()
    {
        project.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("stg_parcours", "stg_parcours")]
    [InlineData("stg_parcours+", "stg_parcours mart_operateurs mart_sorties_annee")]
    [InlineData("+mart_operateurs", "operateurs stg_operateurs stg_parcours mart_operateurs")]
    [InlineData("1+mart_sorties_annee", "code_sortie stg_parcours mart_sorties_annee")]
    [InlineData("operateurs+1", "operateurs stg_operateurs")]
    [InlineData("+stg_operateurs+", "operateurs stg_operateurs mart_operateurs")]
    [InlineData("tag:parcours", "mart_operateurs mart_sorties_annee")]
    [InlineData("path:transforms/staging", "stg_operateurs stg_parcours")]
    [InlineData("path:./transforms/seeds/", "code_filiere code_sortie operateurs")]
    [InlineData("path:marts/parcours/mart_operateurs.sql", "mart_operateurs")]
    [InlineData("mart_*", "mart_operateurs mart_sorties_annee")]
    [InlineData("code_filiere stg_operateurs", "code_filiere stg_operateurs")]
    [InlineData("tag:parcours,+mart_sorties_annee", "mart_sorties_annee")]
    public void Select_picks_the_expected_nodes(string select, string expected)
    {
        var selected = NodeSelector.Apply(graph, select.Split(' '), []);

        Assert.Equal(expected.Split(' '), graph.Nodes.Where(n => selected.Nodes.Contains(n.Name)).Select(n => n.Name));
    }

    [Theory]
    [InlineData("stg_parcours+", "mart_sorties_annee", "stg_parcours mart_operateurs")]
    [InlineData("", "tag:parcours path:transforms/seeds", "stg_operateurs stg_parcours")]
    [InlineData("+mart_operateurs", "operateurs+", "stg_parcours")]
    public void Exclude_removes_nodes_from_the_selection(string select, string exclude, string expected)
    {
        var selected = NodeSelector.Apply(graph, select.Length == 0 ? [] : select.Split(' '), exclude.Split(' '));

        Assert.Equal(expected.Split(' '), graph.Nodes.Where(n => selected.Nodes.Contains(n.Name)).Select(n => n.Name));
    }

    [Fact]
    public void Tests_follow_the_model_they_are_declared_on_and_can_be_named()
    {
        var onMart = NodeSelector.Apply(graph, ["mart_operateurs"], []);
        var named = NodeSelector.Apply(graph, ["unique_stg_parcours_parcours_id"], []);
        var excluded = NodeSelector.Apply(graph, [], ["stg_parcours"]);

        Assert.Equal(
            ["assert_heures_positives", "not_null_mart_operateurs_operateur_id", "unique_mart_operateurs_operateur_id"],
            onMart.Tests.Order(StringComparer.Ordinal));
        Assert.Equal((0, "unique_stg_parcours_parcours_id"), (named.Nodes.Count, Assert.Single(named.Tests)));
        Assert.DoesNotContain(excluded.Tests, t => t.Contains("stg_parcours", StringComparison.Ordinal));
        Assert.Equal(6, excluded.Tests.Count);
    }

    [Theory]
    [InlineData("stg_parcour", "« stg_parcour » ne correspond à aucun modèle, seed ou test. Vouliez-vous dire « stg_parcours » ?")]
    [InlineData("tag:penurie", "Tags existants : parcours.")]
    [InlineData("path:marts/penurie", "ne correspond à aucun")]
    [InlineData("config:x", "méthodes connues tag:, path:")]
    [InlineData("a+b+c", "sélecteur invalide « a+b+c »")]
    public void A_selector_matching_nothing_is_a_usage_error(string select, string message)
    {
        var error = Assert.Throws<NodeSelectionException>(() => NodeSelector.Apply(graph, [select], []));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_plan_of_a_selection_interleaves_tests_after_their_model()
    {
        var plan = RunPlan.Create(graph, RunCommand.Build, NodeSelector.Apply(graph, ["stg_operateurs+"], []));

        Assert.Equal(
            [
                "stg_operateurs", "mart_operateurs", "assert_heures_positives",
                "not_null_mart_operateurs_operateur_id", "unique_mart_operateurs_operateur_id",
            ],
            plan.Steps.Select(s => s.Name));
        Assert.Equal(["stg_operateurs"], plan.Steps[1].Prerequisites.Select(p => p.Name));
    }

    [Fact]
    public void In_a_build_a_model_waits_for_the_tests_of_what_it_reads()
    {
        var plan = RunPlan.Create(graph, RunCommand.Build, NodeSelector.Apply(graph, [], []));

        var mart = plan.Steps.Single(s => s.Name == "mart_sorties_annee");
        Assert.Equal(
            [
                "code_sortie", "stg_parcours", "accepted_values_stg_parcours_sortie_code", "not_null_stg_parcours_parcours_id",
                "relationships_stg_parcours_operateur_id__operateur_id__stg_operateurs",
                "relationships_stg_parcours_sortie_code__code__code_sortie", "unique_stg_parcours_parcours_id",
            ],
            mart.Prerequisites.Select(p => p.Name));
    }

    [Fact]
    public async Task A_run_with_a_selection_builds_only_what_is_selected()
    {
        var run = await project.Runner.BuildAsync(new RunOptions { Select = ["+stg_operateurs"] });

        Assert.Equal(
            ["operateurs", "not_null_operateurs_operateur_id", "unique_operateurs_operateur_id", "stg_operateurs"],
            run.Results.Select(r => r.Name));
        Assert.Equal(["operateurs", "stg_operateurs"], project.Rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1"));
    }
}
