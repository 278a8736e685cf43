using Microsoft.Extensions.Hosting;
using Pipeline.Cli.Worker;
using Pipeline.Core;
using Pipeline.Core.Scheduling;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline worker</c>: the hosted service that runs the pipeline on the schedule of <c>pipeline.yaml</c>.</summary>
internal sealed class WorkerCommand(PipelineProject project) : IPipelineCommand
{
    private static readonly Option<bool> JsonLogs = new("--json-logs")
    {
        Description = "Journaux en JSON, une ligne par événement (pour journald, Loki, Elastic…).",
    };

    private static readonly Option<bool> NoInbox = new("--no-inbox")
    {
        Description = "Ne déclenche pas d'exécution à l'arrivée de fichiers dans la boîte de réception (ignore schedule.watch_inbox).",
    };

    public static Command Create() => new(
        "worker",
        "Service qui exécute le pipeline selon schedule.cron de pipeline.yaml (par défaut 2 h chaque nuit, heure de Bruxelles) "
        + "et, si schedule.watch_inbox, quand de nouveaux fichiers arrivent. Une exécution à la fois ; une exécution en échec "
        + "est journalisée et réessayée si l'erreur est passagère ; SIGTERM interrompt la requête en cours et arrête proprement. "
        + "État dans worker-health.json à côté de l'entrepôt.")
    {
        JsonLogs, NoInbox,
    };

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        // Checked before the host starts, so a bad schedule is a usage error rather than a crashing service.
        _ = CronSchedule.From(project.Options.Schedule);
        var options = new WorkerOptions { WatchInbox = project.Options.Schedule.WatchInbox && !parseResult.GetValue(NoInbox) };
        using var host = WorkerHost.Build(project, options, TimeProvider.System, parseResult.GetValue(JsonLogs));
        await host.RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
