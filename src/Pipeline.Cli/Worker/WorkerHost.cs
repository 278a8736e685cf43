using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Pipeline.Core;

namespace Pipeline.Cli.Worker;

/// <summary>The worker's Generic Host: the scheduled run service, its clock, health file and logs.</summary>
internal static class WorkerHost
{
    /// <summary>How long a stop (SIGTERM, Ctrl+C) waits for the running query to be interrupted and recorded.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(15);

    public static IHost Build(PipelineProject project, WorkerOptions options, TimeProvider timeProvider, bool jsonLogs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // The project's folder, not the current one, and no appsettings: pipeline.yaml is the one configuration.
            ContentRootPath = project.RootPath,
            DisableDefaults = true,
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSingleton(project);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(timeProvider);
        builder.Services.AddSingleton<WorkerHealth>();
        builder.Services.AddHostedService<ScheduledRunService>();
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        if (jsonLogs)
        {
            builder.Logging.AddJsonConsole(o => o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffzzz ");
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
            });
        }

        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder.Build();
    }
}
