namespace Pipeline.Cli.Tests;

public sealed class ConfigCommandTests
{
    private const string ValidYaml = """
        name: essai
        inbox: depot
        warehouse: db/essai.duckdb
        federations:
          - { code: LEE, region: WAL, name: Lire et Écrire Wallonie }
          - { code: FEBISP, region: BRU, name: FeBISP }
        transforms:
          model_paths: [transforms, marts]
        """;

    [Fact]
    public async Task Config_prints_the_resolved_paths_and_exits_zero()
    {
        using var temp = new TempFolder();
        temp.Write("pipeline.yaml", ValidYaml);

        var result = await Cli.RunAsync("config", "--project", temp.Path);

        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split(Environment.NewLine);
        AssertRow(lines, "projet", "pipeline.yaml", Path.Combine(temp.Path, "pipeline.yaml"));
        AssertRow(lines, "name", "essai", "");
        AssertRow(lines, "inbox", "depot", Path.Combine(temp.Path, "depot"));
        AssertRow(lines, "warehouse", "db/essai.duckdb", Path.Combine(temp.Path, "db", "essai.duckdb"));
        AssertRow(lines, "target", "target", Path.Combine(temp.Path, "target"));
        AssertRow(lines, "transforms.model_paths", "transforms, marts", Path.Combine(temp.Path, "transforms"));
        AssertRow(lines, "federations.LEE", "WAL · Lire et Écrire Wallonie", "");
        AssertRow(lines, "schedule.timezone", "Europe/Brussels", "");
        Assert.Contains(Path.Combine(temp.Path, "marts"), result.Output, StringComparison.Ordinal);
        Assert.Contains($"Connexion à l'entrepôt : Data Source={Path.Combine(temp.Path, "db", "essai.duckdb")};threads=2;memory_limit=8GB",
            result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_project_option_the_nearest_pipeline_yaml_upwards_is_used()
    {
        using var temp = new TempFolder();
        temp.Write("pipeline.yaml", ValidYaml);
        var deep = temp.CreateFolder("marts/penurie");

        var result = await Cli.RunInAsync(deep, "config");

        Assert.Equal(0, result.ExitCode);
        AssertRow(result.Output.Split(Environment.NewLine), "inbox", "depot", Path.Combine(temp.Path, "depot"));
    }

    [Fact]
    public async Task A_relative_project_option_is_read_from_the_working_folder()
    {
        using var temp = new TempFolder();
        temp.Write("projects/essai/pipeline.yaml", ValidYaml);

        var result = await Cli.RunInAsync(temp.Path, "config", "--project", "projects/essai");

        Assert.Equal(0, result.ExitCode);
        AssertRow(result.Output.Split(Environment.NewLine), "inbox", "depot", Path.Combine(temp.Path, "projects", "essai", "depot"));
    }

    [Fact]
    public async Task The_project_option_is_accepted_before_the_command()
    {
        using var temp = new TempFolder();
        temp.Write("pipeline.yaml", ValidYaml);

        var result = await Cli.RunAsync("--project", temp.Path, "config");

        Assert.Equal(0, result.ExitCode);
        AssertRow(result.Output.Split(Environment.NewLine), "name", "essai", "");
    }

    [Fact]
    public async Task A_broken_pipeline_yaml_exits_two_with_file_line_and_column_on_stderr()
    {
        using var temp = new TempFolder();
        var file = temp.Write("pipeline.yaml", "name: essai\nduckdb:\n  thread: 2\n");

        var result = await Cli.RunAsync("config", "--project", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            $"{file}:3:3 : clé inconnue « thread » dans « duckdb ». Clés admises : threads, memory_limit, block_allocator_memory, temp_directory. "
            + "Vouliez-vous dire « threads » ?" + Environment.NewLine,
            result.Error);
    }

    [Fact]
    public async Task A_yaml_syntax_error_exits_two_with_its_position()
    {
        using var temp = new TempFolder();
        var file = temp.Write("pipeline.yaml", "name: essai\n  inbox: depot\n");

        var result = await Cli.RunAsync("config", "--project", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{file}:2:8 : erreur de syntaxe YAML (", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_pipeline_yaml_exits_two_with_the_french_message()
    {
        using var temp = new TempFolder();

        var result = await Cli.RunAsync("config", "--project", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            $"Aucun pipeline.yaml dans {temp.Path}. Passez --project <dossier> avec le dossier qui en contient un.{Environment.NewLine}",
            result.Error);
    }

    [Fact]
    public async Task No_pipeline_yaml_above_the_working_folder_exits_two_with_the_french_message()
    {
        using var temp = new TempFolder();
        var start = temp.CreateFolder("vide");
        Assert.True(Core.PipelineProject.FindFile(Path.GetTempPath()) is null,
            "A pipeline.yaml in the temp folder or above it makes this test meaningless; remove it.");

        var result = await Cli.RunInAsync(start, "config");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Aucun pipeline.yaml trouvé dans {start} ni au-dessus. Passez --project <dossier>.{Environment.NewLine}", result.Error);
    }

    // A table row holds the key, the value as written and the resolved path, in that order.
    private static void AssertRow(string[] lines, string key, string value, string path)
    {
        var row = lines.SingleOrDefault(line => line.Split('│', StringSplitOptions.TrimEntries) is [_, var k, ..] && k == key);
        Assert.True(row is not null, $"No row for « {key} » in:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
        var cells = row.Split('│', StringSplitOptions.TrimEntries);
        Assert.Equal([key, value, path], cells[1..4]);
    }
}
