namespace Pipeline.Cli.Tests;

/// <summary>The outcome of one in-process run of <c>pipeline</c>.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs <c>pipeline</c> in-process with captured streams and an explicit working folder.</summary>
internal static class Cli
{
    public static Task<CliResult> RunAsync(params string[] args) => RunInAsync(AppContext.BaseDirectory, args);

    public static async Task<CliResult> RunInAsync(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PipelineCommandLine.RunAsync(args, new CliEnvironment(output, error, workingDirectory));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
