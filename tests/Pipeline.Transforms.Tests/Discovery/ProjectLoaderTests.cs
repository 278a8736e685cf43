using Pipeline.Core;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Tests.Discovery;

/// <summary>What loading a project finds: models, seeds, tests, sources, dependencies and configuration.</summary>
public sealed class ProjectLoaderTests
{
    [Fact]
    public async Task The_fixture_graph_has_its_dependencies_in_order()
    {
        using var project = await TempProject.FromFixtureAsync();

        var graph = await project.Runner.LoadAsync();

        Assert.Equal(
            [
                "code_filiere <- ", "code_sortie <- ", "operateurs <- ",
                "stg_operateurs <- operateurs", "stg_parcours <- raw.parcours",
                "mart_operateurs <- stg_operateurs, stg_parcours", "mart_sorties_annee <- code_sortie, stg_parcours",
            ],
            graph.Nodes.Select(n => $"{n.Name} <- {string.Join(", ", n.DependsOn.Concat(n.Sources))}"));
        Assert.Equal(["raw.parcours"], graph.Sources.Select(s => s.QualifiedName));
        Assert.Equal(["mart_operateurs", "mart_sorties_annee"], graph.ChildrenOf("stg_parcours"));
    }

    [Fact]
    public async Task Materialization_comes_from_the_folder_then_defaults_file_then_yaml_then_config_call()
    {
        using var project = TempProject.Empty();
        project.Write("models/staging/stg_a.sql", "select 1 as id");
        project.Write("models/intermediate/int_a.sql", "select * from stg_a");
        project.Write("models/marts/m_table.sql", "select * from int_a");
        project.Write("models/marts/export/_defaults.yml", "config:\n  materialized: parquet\n  tags: [export]\n");
        project.Write("models/marts/export/m_parquet.sql", "select * from int_a");
        project.Write("models/marts/export/m_yaml_view.sql", "select * from int_a");
        project.Write("models/marts/export/m_config_table.sql", "{{ config(materialized='table', tags=['fiche']) }}\nselect * from int_a");
        project.Write("models/marts/export/_models.yml", "version: 2\nmodels:\n  - name: m_yaml_view\n    config:\n      materialized: view\n      tags: [yaml]\n");

        var graph = await project.Runner.LoadAsync();

        Assert.Equal(
            [
                "int_a View ", "m_config_table Table export,fiche", "m_parquet Parquet export", "m_table Table ",
                "m_yaml_view View export,yaml", "stg_a View ",
            ],
            graph.Nodes.OrderBy(n => n.Name, StringComparer.Ordinal).Select(n => $"{n.Name} {n.Materialization} {string.Join(',', n.Tags)}"));
    }

    [Fact]
    public async Task Bin_obj_and_hidden_folders_are_skipped()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select 1 as id");
        project.Write("models/Pipeline.Models/bin/Debug/stale.sql", "this is not sql");
        project.Write("models/Pipeline.Models/obj/generated.sql", "nor is this");
        project.Write("models/.cache/b.sql", "select * from nowhere");
        project.Write("models/Pipeline.Models/Pipeline.Models.csproj", "<Project />");

        var graph = await project.Runner.LoadAsync();

        Assert.Equal(["a"], graph.Nodes.Select(n => n.Name));
    }

    [Fact]
    public async Task Singular_tests_under_a_model_path_are_tests_not_models()
    {
        using var project = TempProject.Empty("""
            name: t
            warehouse: warehouse/t.duckdb
            transforms:
              model_paths: [marts]
              seed_paths: [seeds]
              test_paths: [marts/tests]
            """);
        project.Write("marts/m.sql", "select 1 as id");
        project.Write("marts/tests/assert_m.sql", "select * from m where id < 0");

        var graph = await project.Runner.LoadAsync();

        Assert.Equal(["m"], graph.Nodes.Select(n => n.Name));
        var test = Assert.Single(graph.Tests);
        Assert.Equal(("assert_m", TestKind.Singular, "m"), (test.Name, test.Kind, Assert.Single(test.DependsOn)));
    }

    [Fact]
    public async Task A_lake_dataset_not_ingested_yet_is_a_known_source_without_data()
    {
        using var project = TempProject.Empty();
        project.Write("models/stg_absent.sql", "select * from raw.absent");

        var graph = await project.Runner.LoadAsync();

        var source = Assert.Single(graph.Sources);
        Assert.Equal(("raw.absent", true, false), (source.QualifiedName, source.IsLakeDataset, source.HasData));
    }

    [Fact]
    public async Task Declared_sources_are_known_in_any_schema_and_source_calls_use_their_schema()
    {
        using var project = TempProject.Empty();
        project.Write("models/_sources.yml", """
            version: 2
            sources:
              - name: lake
                schema: raw
                tables:
                  - name: parcours
                    description: Parcours reçus des fédérations.
              - name: warehouse
                schema: main
                tables:
                  - name: ingest_manifest
            """);
        project.Write("models/a.sql", "select * from {{ source('lake', 'parcours') }} join ingest_manifest using (file_id)");

        var graph = await project.Runner.LoadAsync();

        Assert.Equal(["main.ingest_manifest", "raw.parcours"], graph.Find("a")!.Sources);
        Assert.Equal("Parcours reçus des fédérations.", graph.Sources.Single(s => s.Name == "parcours").Description);
    }

    [Fact]
    public async Task Files_read_by_path_and_system_catalogs_are_not_dependencies()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select * from 'data/x.csv' union all select table_name from information_schema.tables");

        var node = Assert.Single((await project.Runner.LoadAsync()).Nodes);

        Assert.Empty(node.DependsOn);
        Assert.Empty(node.Sources);
    }

    [Fact]
    public async Task Generic_tests_get_dbt_names_sql_and_severity()
    {
        using var project = await TempProject.FromFixtureAsync();

        var graph = await project.Runner.LoadAsync();

        var warn = graph.Tests.Single(t => t.Name == "relationships_stg_parcours_sortie_code__code__code_sortie");
        Assert.Equal((TestKind.Relationships, TestSeverity.Warn, "stg_parcours", "sortie_code"), (warn.Kind, warn.Severity, warn.Model, warn.Column));
        Assert.Equal(["code_sortie", "stg_parcours"], warn.DependsOn);
        Assert.Equal(("transforms/staging/_staging.yml", 16), (warn.RelativePath, warn.Line));
        Assert.Equal(11, graph.Tests.Count);
    }

    [Fact]
    public async Task The_repository_configuration_with_only_the_csharp_project_in_its_model_folders_builds_nothing()
    {
        // The repository's own pipeline.yaml, with model folders holding only the engine's C# project and its build output.
        using var project = TempProject.Empty(File.ReadAllText(Path.Combine(RepositoryRoot.Path, PipelineProject.FileName)));
        project.Write("transforms/Pipeline.Transforms/Pipeline.Transforms.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        project.Write("transforms/Pipeline.Transforms/bin/Debug/net10.0/stale.sql", "not sql at all");
        project.Write("transforms/Pipeline.Transforms/obj/project.assets.yml", "{ not: [yaml");

        var run = await project.Runner.BuildAsync();

        Assert.True(run.IsEmpty);
        Assert.True(run.Succeeded);
        Assert.Empty((await project.Runner.LoadAsync()).Nodes);
    }
}
