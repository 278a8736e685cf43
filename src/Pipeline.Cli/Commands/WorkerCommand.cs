using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Cli.Worker;
using Pipeline.Core;
using Pipeline.Core.Scheduling;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline worker</c>: the nightly refresh as a long-running .NET hosted service.</summary>
internal sealed class WorkerCommand(PipelineProject project) : IPipelineCommand
{
    private static readonly Option<bool> JsonLogs = new("--json-logs")
    {
        Description = "Journaux en JSON, une ligne par événement (pour journald, Loki, Elastic...).",
    };

    public static Command Create() => new(
        "worker",
        "Service de rafraîchissement : exécute « pipeline run » selon schedule.cron de pipeline.yaml dans son fuseau horaire "
        + "(par défaut chaque nuit à 2 h, heure de Bruxelles, changements d'heure compris) et, si schedule.watch_inbox, quand de "
        + "nouveaux fichiers sont arrivés. Une exécution à la fois ; un échec n'arrête pas le service ; SIGTERM annule proprement. "
        + "État dans worker-health.json à côté de l'entrepôt.")
    {
        JsonLogs,
    };

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        if (parseResult.GetValue(JsonLogs))
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "yyyy-MM-dd HH:mm:ss "; });
        }

        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        AddWorker(builder.Services, project, TimeProvider.System, new WorkerOptions());
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }

    /// <summary>Registers the worker and what it needs; tests use it with their own clock.</summary>
    public static void AddWorker(IServiceCollection services, PipelineProject project, TimeProvider time, WorkerOptions options)
    {
        services.AddSingleton(project);
        services.AddSingleton(time);
        services.AddSingleton(options);
        services.AddSingleton(CronSchedule.Parse(project.Options.Schedule.Cron, project.Options.Schedule.Timezone));
        services.AddSingleton<NightlyWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<NightlyWorker>());
    }
}
