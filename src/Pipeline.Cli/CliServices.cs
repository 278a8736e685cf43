using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Pipeline.Core;

namespace Pipeline.Cli;

/// <summary>
/// The one place where the services a command may ask for are registered: console, logging and the
/// project (loaded on first use, so commands that need no project never read pipeline.yaml).
/// </summary>
internal static class CliServices
{
    /// <summary>Builds the container for one invocation.</summary>
    public static ServiceProvider Build(CliEnvironment environment, CliConsole console, string? projectOption, bool verbose)
    {
        var services = new ServiceCollection();
        Add(services, environment, console, projectOption, verbose);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Registers the CLI's services; also usable on a host builder's collection (the worker).</summary>
    public static IServiceCollection Add(
        IServiceCollection services, CliEnvironment environment, CliConsole console, string? projectOption, bool verbose)
    {
        services.AddSingleton(environment);
        services.AddSingleton(console);
        services.AddSingleton(_ => LoadProject(environment, projectOption));
        services.AddTransient<Commands.Transforms.TransformRun>();
        services.AddLogging(logging => ConfigureLogging(logging, verbose));
        return services;
    }

    /// <summary>The project named by <c>--project</c> (relative to the working folder), else the nearest one upwards.</summary>
    public static PipelineProject LoadProject(CliEnvironment environment, string? projectOption) =>
        projectOption is null
            ? PipelineProject.Find(environment.WorkingDirectory)
            : PipelineProject.Load(Path.GetFullPath(projectOption, environment.WorkingDirectory));

    private static void ConfigureLogging(ILoggingBuilder logging, bool verbose)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information);
        // The framework's own chatter is only worth seeing when it warns.
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.IncludeScopes = false;
        });
        // Logs go to standard error so that standard output carries only results (tables, CSV...).
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
