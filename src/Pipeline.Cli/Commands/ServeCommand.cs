using Pipeline.Core;
using Pipeline.Dashboards.Serving;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline serve</c>: serves the published site on this machine.</summary>
internal sealed class ServeCommand(PipelineProject project, CliConsole console) : IPipelineCommand
{
    private static readonly Option<int> Port = new("--port")
    {
        Description = "Port d'écoute.",
        DefaultValueFactory = _ => 8080,
    };

    private static readonly Option<string> Host = new("--host")
    {
        Description = "Adresse d'écoute ; 127.0.0.1 (par défaut) ne sert que cette machine, 0.0.0.0 tout le réseau.",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public static Command Create() => new(
        "serve",
        "Sert le site publié (tableaux de bord et fiches) sur http://127.0.0.1:8080 par défaut. Une nouvelle publication est visible sans redémarrer. Ctrl+C pour arrêter.")
    {
        Port,
        Host,
    };

    public async Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var server = await SiteServer.StartAsync(project.SitePath, parseResult.GetValue(Host)!, parseResult.GetValue(Port), cancellationToken);
        console.Output.WriteLine($"Site servi sur {server.Address} (dossier {project.SitePath}). Ctrl+C pour arrêter.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        return ExitCodes.Success;
    }
}
