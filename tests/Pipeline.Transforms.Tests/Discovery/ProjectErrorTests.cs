using Pipeline.Core;

namespace Pipeline.Transforms.Tests.Discovery;

/// <summary>Every mistake in a project is reported with its file (and line when there is one), before anything runs.</summary>
public sealed class ProjectErrorTests
{
    [Fact]
    public async Task An_unknown_reference_names_the_file_the_line_and_the_closest_model()
    {
        using var project = TempProject.Empty();
        project.Write("models/stg_parcours.sql", "select 1 as id");
        var file = project.Write("models/mart.sql", "-- Mart\nselect *\nfrom stg_parcour");

        var issue = Assert.Single(await IssuesAsync(project));

        Assert.Equal(file, issue.FilePath);
        Assert.Equal(3, issue.Line);
        Assert.Contains("référence inconnue « stg_parcour »", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « stg_parcours » ?", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_references_through_ref_and_in_other_schemas_are_reported_too()
    {
        using var project = TempProject.Empty();
        var file = project.Write("models/mart.sql", "select *\nfrom {{ ref('absent') }}\njoin other.tbl using (id)");

        var issues = await IssuesAsync(project);

        Assert.Equal([(file, 2, "absent"), (file, 3, "other.tbl")], issues.Select(i => (i.FilePath, i.Line!.Value, Quoted(i.Message))));
    }

    [Fact]
    public async Task A_model_name_used_twice_names_both_files()
    {
        using var project = TempProject.Empty();
        var first = project.Write("models/staging/stg_x.sql", "select 1 as a");
        var second = project.Write("models/marts/stg_x.sql", "select 2 as a");

        var issues = await IssuesAsync(project);

        Assert.Equal([second, first], issues.Select(i => i.FilePath));
        Assert.All(issues, i => Assert.Contains("(models/marts/stg_x.sql, models/staging/stg_x.sql)", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_seed_and_a_model_cannot_share_a_name()
    {
        using var project = TempProject.Empty();
        project.Write("seeds/code_region.csv", "code\nWAL\n");
        project.Write("models/code_region.sql", "select 'BRU' as code");

        var issues = await IssuesAsync(project);

        Assert.Equal(2, issues.Count);
        Assert.All(issues, i => Assert.Contains("le nom « code_region » est pris par 2 fichiers", i.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cycle_is_reported_with_its_path_and_files()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select * from c");
        project.Write("models/b.sql", "select * from a");
        project.Write("models/c.sql", "select * from b");
        project.Write("models/d.sql", "select * from a");

        var issue = Assert.Single(await IssuesAsync(project));

        Assert.Equal(project.FullPath("models/a.sql"), issue.FilePath);
        Assert.Contains("dépendance circulaire : a (models/a.sql) → b (models/b.sql) → c (models/c.sql) → a (models/a.sql).", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_reading_itself_is_a_cycle()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select * from a");

        Assert.Contains("dépendance circulaire : a (models/a.sql) → a (models/a.sql)", Assert.Single(await IssuesAsync(project)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_syntax_error_is_reported_at_its_line()
    {
        using var project = TempProject.Empty();
        var file = project.Write("models/a.sql", "select *\nfrom range(3)\nwher range > 1");

        var issue = Assert.Single(await IssuesAsync(project));

        Assert.Equal((file, 3), (issue.FilePath, issue.Line!.Value));
        Assert.StartsWith("erreur de syntaxe SQL", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_must_be_a_single_select()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "create table a as select 1");
        project.Write("models/b.sql", "select 1;\nselect 2;");

        var issues = await IssuesAsync(project);

        Assert.Contains("seule une requête SELECT est admise", issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("2 requêtes", issues[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, issues[1].Line);
    }

    [Fact]
    public async Task A_file_name_that_is_no_identifier_is_refused()
    {
        using var project = TempProject.Empty();
        project.Write("models/stg-parcours.sql", "select 1");

        Assert.Contains("nom invalide « stg-parcours »", Assert.Single(await IssuesAsync(project)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_description_of_a_missing_model_is_reported_at_its_line()
    {
        using var project = TempProject.Empty();
        project.Write("models/stg_parcours.sql", "select 1 as id");
        var yml = project.Write("models/_models.yml", "version: 2\nmodels:\n  - name: stg_parcours\n  - name: stg_parcour\n");

        var issue = Assert.Single(await IssuesAsync(project));

        Assert.Equal((yml, 4), (issue.FilePath, issue.Line!.Value));
        Assert.Contains("« stg_parcour » est décrit ici mais aucun fichier stg_parcour.sql", issue.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « stg_parcours » ?", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relationships_test_towards_an_unknown_model_is_reported_at_its_line()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select 1 as id");
        var yml = project.Write("models/_models.yml", """
            version: 2
            models:
              - name: a
                columns:
                  - name: id
                    tests:
                      - relationships:
                          to: ref('nope')
                          field: id
            """);

        var issue = Assert.Single(await IssuesAsync(project));

        Assert.Equal((yml, 7), (issue.FilePath, issue.Line!.Value));
        Assert.Contains("vise « ref('nope') »", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_yaml_is_a_config_error_at_its_line_and_column()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select 1 as id");
        var yml = project.Write("models/_models.yml", "version: 2\nmodels:\n  - name: a\n    columns: [id\n");

        var error = await Assert.ThrowsAsync<PipelineConfigException>(() => project.Runner.LoadAsync());

        Assert.Equal(yml, error.FilePath);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("YAML invalide", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_key_is_a_config_error_with_the_key_meant()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select 1 as id");
        var yml = project.Write("models/_models.yml", "version: 2\nmodels:\n  - name: a\n    columns:\n      - name: id\n        test: [unique]\n");

        var error = await Assert.ThrowsAsync<PipelineConfigException>(() => project.Runner.LoadAsync());

        Assert.Equal((yml, 6, 9), (error.FilePath, error.Line, error.Column));
        Assert.Contains("clé inconnue « test » dans la colonne « id » de « a »", error.Detail, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « tests » ?", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_test_or_a_test_missing_its_arguments_is_a_config_error()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select 1 as id");
        project.Write("models/_models.yml", "version: 2\nmodels:\n  - name: a\n    columns:\n      - name: id\n        tests: [uniqe]\n");

        var unknown = await Assert.ThrowsAsync<PipelineConfigException>(() => project.Runner.LoadAsync());
        Assert.Contains("test inconnu « uniqe »", unknown.Detail, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « unique » ?", unknown.Detail, StringComparison.Ordinal);

        project.Write("models/_models.yml", "version: 2\nmodels:\n  - name: a\n    columns:\n      - name: id\n        tests:\n          - accepted_values:\n              severity: warn\n");
        var missing = await Assert.ThrowsAsync<PipelineConfigException>(() => project.Runner.LoadAsync());
        Assert.Equal(7, missing.Line);
        Assert.Contains("demande la liste des valeurs admises", missing.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_materialization_is_a_config_error()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select 1 as id");
        project.Write("models/_models.yml", "version: 2\nmodels:\n  - name: a\n    config:\n      materialized: incremental\n");

        var error = await Assert.ThrowsAsync<PipelineConfigException>(() => project.Runner.LoadAsync());

        Assert.Equal(5, error.Line);
        Assert.Contains("valeurs admises view, table, parquet", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_problems_are_listed_at_once_in_the_exception_message()
    {
        using var project = TempProject.Empty();
        project.Write("models/a.sql", "select * from nope");
        project.Write("models/b.sql", "select * from b");

        var error = await Assert.ThrowsAsync<TransformProjectException>(() => project.Runner.LoadAsync());

        Assert.StartsWith("Le projet de transformation contient 2 erreurs :", error.Message, StringComparison.Ordinal);
        Assert.Contains(project.FullPath("models/a.sql") + ":1 : référence inconnue « nope »", error.Message, StringComparison.Ordinal);
        Assert.Contains(project.FullPath("models/b.sql") + " : dépendance circulaire", error.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<ProjectIssue>> IssuesAsync(TempProject project) =>
        (await Assert.ThrowsAsync<TransformProjectException>(() => project.Runner.LoadAsync())).Issues;

    private static string Quoted(string message) => message.Split('«', '»')[1].Trim();
}
