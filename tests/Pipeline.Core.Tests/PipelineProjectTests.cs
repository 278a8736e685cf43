using Pipeline.Core.Configuration;

namespace Pipeline.Core.Tests;

public sealed class PipelineProjectTests
{
    [Fact]
    public void Find_walks_up_to_the_nearest_pipeline_yaml()
    {
        using var temp = new TempFolder();
        temp.Write("pipeline.yaml", "name: outer\n");
        var inner = temp.Write("projects/inner/pipeline.yaml", "name: inner\n");
        var start = temp.CreateFolder("projects/inner/marts/penurie");

        var project = PipelineProject.Find(start);

        Assert.Equal(inner, project.ConfigFilePath);
        Assert.Equal(Path.Combine(temp.Path, "projects", "inner"), project.RootPath);
        Assert.Equal("inner", project.Options.Name);
    }

    [Fact]
    public void Find_uses_the_start_folder_itself_when_it_holds_the_file()
    {
        using var temp = new TempFolder();
        var file = temp.Write("pipeline.yaml", "name: here\n");

        Assert.Equal(file, PipelineProject.Find(temp.Path).ConfigFilePath);
    }

    [Fact]
    public void Find_fails_with_a_french_message_when_no_folder_above_holds_the_file()
    {
        using var temp = new TempFolder();
        var start = temp.CreateFolder("a/b");
        Assert.True(PipelineProject.FindFile(Path.GetTempPath()) is null,
            "A pipeline.yaml in the temp folder or above it makes this test meaningless; remove it.");

        var error = Assert.Throws<PipelineProjectNotFoundException>(() => PipelineProject.Find(start));

        Assert.Equal($"Aucun pipeline.yaml trouvé dans {start} ni au-dessus. Passez --project <dossier>.", error.Message);
        Assert.Equal(start, error.SearchedPath);
    }

    [Fact]
    public void Load_does_not_walk_up_from_an_explicit_folder()
    {
        using var temp = new TempFolder();
        temp.Write("pipeline.yaml", "name: parent\n");
        var child = temp.CreateFolder("child");

        var error = Assert.Throws<PipelineProjectNotFoundException>(() => PipelineProject.Load(child));

        Assert.Equal($"Aucun pipeline.yaml dans {child}. Passez --project <dossier> avec le dossier qui en contient un.", error.Message);
    }

    [Fact]
    public void Load_accepts_the_file_itself()
    {
        using var temp = new TempFolder();
        var file = temp.Write("conf/pipeline.yaml", "name: direct\n");

        var project = PipelineProject.Load(file);

        Assert.Equal("direct", project.Options.Name);
        Assert.Equal(Path.Combine(temp.Path, "conf"), project.RootPath);
    }

    [Fact]
    public void Load_names_a_missing_folder()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "nope");

        var error = Assert.Throws<PipelineProjectNotFoundException>(() => PipelineProject.Load(missing));

        Assert.Equal($"Le dossier {missing} n'existe pas. Passez --project <dossier> avec le dossier qui contient pipeline.yaml.", error.Message);
    }

    [Fact]
    public void Load_reports_errors_with_the_full_path_of_the_file()
    {
        using var temp = new TempFolder();
        var file = temp.Write("pipeline.yaml", "duckdb:\n  threads: 0\n");

        var error = Assert.Throws<PipelineConfigException>(() => PipelineProject.Load(temp.Path));

        Assert.Equal(file, error.FilePath);
        Assert.StartsWith($"{file}:2:12 : « threads » dans « duckdb »", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_resolve_against_the_folder_of_pipeline_yaml_not_the_current_directory()
    {
        using var temp = new TempFolder();
        var root = Path.Combine(temp.Path, "project");
        temp.Write("project/pipeline.yaml", """
            inbox: data/in
            lake: ../shared/lake
            warehouse: /srv/warehouse/w.duckdb
            site: ./public
            duckdb: { temp_directory: spill }
            ingestion: { contracts: contracts }
            transforms: { model_paths: [models, marts], seed_paths: [seeds], test_paths: [] }
            dashboards: { pages: pages }
            """);
        Assert.NotEqual(root, Environment.CurrentDirectory);

        var project = PipelineProject.Load(root);

        Assert.Equal(Path.Combine(root, "data", "in"), project.InboxPath);
        Assert.Equal(Path.Combine(temp.Path, "shared", "lake"), project.LakePath);
        Assert.Equal(Path.Combine(temp.Path, "shared", "lake", "landing"), project.LandingPath);
        Assert.Equal(Path.Combine(temp.Path, "shared", "lake", "raw"), project.RawPath);
        Assert.Equal(Path.Combine(temp.Path, "shared", "lake", "quarantine"), project.QuarantinePath);
        Assert.Equal(Path.Combine(temp.Path, "shared", "lake", "marts"), project.MartsExportPath);
        Assert.Equal("/srv/warehouse/w.duckdb", project.WarehousePath);
        Assert.Equal(Path.Combine(root, "public"), project.SitePath);
        Assert.Equal(Path.Combine(root, "target"), project.TargetPath);
        Assert.Equal(Path.Combine(root, "contracts"), project.ContractsPath);
        Assert.Equal([Path.Combine(root, "models"), Path.Combine(root, "marts")], project.ModelPaths);
        Assert.Equal([Path.Combine(root, "seeds")], project.SeedPaths);
        Assert.Empty(project.TestPaths);
        Assert.Equal(Path.Combine(root, "pages"), project.PagesPath);
        Assert.Equal(Path.Combine(root, "spill"), project.DuckDbTempDirectoryPath);
        Assert.Equal(
            $"Data Source=/srv/warehouse/w.duckdb;threads=2;memory_limit=8GB;block_allocator_memory=2GB;temp_directory={Path.Combine(root, "spill")}",
            project.WarehouseConnectionString);
    }

    [Fact]
    public void Default_paths_sit_beside_pipeline_yaml()
    {
        using var temp = new TempFolder();
        temp.Write("pipeline.yaml", "");

        var project = PipelineProject.Find(temp.Path);

        Assert.Equal(Path.Combine(temp.Path, "inbox"), project.InboxPath);
        Assert.Equal(Path.Combine(temp.Path, "warehouse", "pipeline.duckdb"), project.WarehousePath);
        Assert.Equal([Path.Combine(temp.Path, "transforms"), Path.Combine(temp.Path, "marts")], project.ModelPaths);
        Assert.Null(project.DuckDbTempDirectoryPath);
        Assert.Equal($"Data Source={Path.Combine(temp.Path, "warehouse", "pipeline.duckdb")};threads=2;memory_limit=8GB;block_allocator_memory=2GB",
            project.WarehouseConnectionString);
    }

    [Fact]
    public void A_project_can_be_built_from_options_without_a_file()
    {
        var project = new PipelineProject("/srv/isp/pipeline.yaml", new PipelineOptions { Site = "www" });

        Assert.Equal("/srv/isp", project.RootPath);
        Assert.Equal("/srv/isp/www", project.SitePath);
        Assert.Equal("/srv/isp/x/y", project.Resolve("x/y"));
    }
}
