using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli.Commands;

namespace Pipeline.Cli;

/// <summary>
/// Runs one command: builds its services, creates it by dependency injection, and maps whatever
/// escapes it to a message and an exit code.
/// </summary>
internal sealed class CommandRunner(CliEnvironment environment, GlobalOptions globalOptions)
{
    public async Task<int> RunAsync<TCommand>(ParseResult parseResult, CancellationToken cancellationToken)
        where TCommand : class, IPipelineCommand
    {
        var verbose = parseResult.GetValue(globalOptions.Verbose);
        var console = CliConsole.Create(environment);
        try
        {
            await using var services = CliServices.Build(environment, console, parseResult.GetValue(globalOptions.Project), verbose);
            var command = ActivatorUtilities.CreateInstance<TCommand>(services);
            return await command.ExecuteAsync(parseResult, cancellationToken);
        }
        catch (Exception exception)
        {
            // The last line of defence: every failure becomes a French message and an exit code.
            return ErrorReporter.Report(console, exception, verbose);
        }
    }
}
