using Pipeline.Core;

namespace Pipeline.Cli.Tests;

public sealed class ErrorReporterTests
{
    [Fact]
    public void An_unexpected_exception_exits_one_without_stack_trace_unless_verbose()
    {
        var exception = Thrown(new InvalidOperationException("boum"));

        var (quietCode, quiet) = Report(exception, verbose: false);
        var (verboseCode, verbose) = Report(exception, verbose: true);

        Assert.Equal(1, quietCode);
        Assert.Equal(
            "Erreur inattendue (InvalidOperationException) : boum" + Environment.NewLine
            + "Relancez la commande avec --verbose pour afficher le détail technique." + Environment.NewLine,
            quiet);
        Assert.DoesNotContain(nameof(Thrown), quiet, StringComparison.Ordinal);

        Assert.Equal(1, verboseCode);
        Assert.StartsWith("Erreur inattendue (InvalidOperationException) : boum" + Environment.NewLine, verbose, StringComparison.Ordinal);
        Assert.Contains($"at {typeof(ErrorReporterTests).FullName}.{nameof(Thrown)}", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipeline_exception_is_a_failed_step_shown_as_its_message()
    {
        var (code, error) = Report(Thrown(new PipelineException("Le fichier est illisible.")), verbose: false);

        Assert.Equal(1, code);
        Assert.Equal("Le fichier est illisible." + Environment.NewLine, error);
    }

    [Fact]
    public void A_configuration_error_is_a_usage_error_even_when_verbose()
    {
        var (code, error) = Report(new PipelineConfigException("/p/pipeline.yaml", 4, 7, "mauvais."), verbose: true);

        Assert.Equal(2, code);
        Assert.Equal("/p/pipeline.yaml:4:7 : mauvais." + Environment.NewLine, error);
    }

    [Fact]
    public void A_cancellation_exits_one_with_a_french_message()
    {
        var (code, error) = Report(new OperationCanceledException(), verbose: false);

        Assert.Equal(1, code);
        Assert.Equal("Interrompu : l'opération a été annulée avant la fin." + Environment.NewLine, error);
    }

    private static (int ExitCode, string Error) Report(Exception exception, bool verbose)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = CliConsole.Create(new CliEnvironment(output, error, AppContext.BaseDirectory));
        var exitCode = ErrorReporter.Report(console, exception, verbose);
        Assert.Equal("", output.ToString());
        return (exitCode, error.ToString());
    }

    // A thrown exception has a stack trace naming this method, which the verbose report must show.
    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
