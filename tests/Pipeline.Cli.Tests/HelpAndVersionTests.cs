using System.Reflection;

namespace Pipeline.Cli.Tests;

public sealed class HelpAndVersionTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_the_global_options_in_french()
    {
        var result = await Cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("--project <dossier>  Dossier qui contient pipeline.yaml", result.Output, StringComparison.Ordinal);
        Assert.Contains("-v, --verbose", result.Output, StringComparison.Ordinal);
        // Every command is listed with its French description; the column width follows the longest name.
        foreach (var (command, description) in new[]
        {
            ("config", "Vérifie pipeline.yaml et affiche la configuration lue"),
            ("generate", "Génère les extraits synthétiques"),
            ("ingest", "Ingère les fichiers déposés"),
            ("build", null),
            ("transform", null),
            ("test", null),
            ("docs", null),
            ("dashboards", "Génère le site statique"),
            ("serve", "Sert le site publié"),
            ("run", "Exécute tout le pipeline en une fois"),
            ("demo", "Démonstration complète"),
            ("status", "Affiche les dernières exécutions"),
            ("worker", "Service de rafraîchissement"),
        })
        {
            Assert.Matches($@"(?m)^  {command} +{System.Text.RegularExpressions.Regex.Escape(description ?? string.Empty)}", result.Output);
        }
    }

    [Fact]
    public async Task Global_options_appear_in_the_help_of_every_command()
    {
        var result = await Cli.RunAsync("config", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pipeline config [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains("--project <dossier>", result.Output, StringComparison.Ordinal);
        Assert.Contains("-v, --verbose", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_informational_version_of_the_cli_assembly()
    {
        var expected = typeof(PipelineCommandLine).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = await Cli.RunAsync("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected + Environment.NewLine, result.Output);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await Cli.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_at_all_is_a_usage_error_that_shows_the_help()
    {
        var result = await Cli.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("config", result.Output, StringComparison.Ordinal);
        Assert.NotEqual("", result.Error);
    }
}
