using System.Globalization;
using Microsoft.Extensions.Logging;
using Pipeline.Core;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline config</c>: shows the configuration as understood, with every path resolved.</summary>
internal sealed partial class ConfigCommand(PipelineProject project, CliConsole console, ILogger<ConfigCommand> logger)
    : IPipelineCommand
{
    public static Command Create() => new(
        "config",
        "Vérifie pipeline.yaml et affiche la configuration lue, avec les chemins absolus résolus. "
        + "Code de sortie 2 si le fichier contient une erreur.");

    public Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        LogLoaded(logger, project.ConfigFilePath);
        var options = project.Options;
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"Configuration « {options.Name} »") };
        table.AddColumn("Clé");
        table.AddColumn("Valeur");
        table.AddColumn("Chemin absolu");

        AddRow(table, "projet", PipelineProject.FileName, project.ConfigFilePath);
        AddRow(table, "name", options.Name);
        AddRow(table, "inbox", options.Inbox, project.InboxPath);
        AddRow(table, "lake", options.Lake, project.LakePath);
        AddRow(table, "warehouse", options.Warehouse, project.WarehousePath);
        AddRow(table, "site", options.Site, project.SitePath);
        AddRow(table, "target", "target", project.TargetPath);
        AddRow(table, "duckdb.threads", Invariant(options.DuckDb.Threads));
        AddRow(table, "duckdb.memory_limit", options.DuckDb.MemoryLimit);
        AddRow(table, "duckdb.block_allocator_memory", options.DuckDb.BlockAllocatorMemory ?? "(défaut de DuckDB)");
        AddRow(table, "duckdb.temp_directory", options.DuckDb.TempDirectory ?? "(défaut de DuckDB)", project.DuckDbTempDirectoryPath ?? "");
        foreach (var federation in options.Federations)
        {
            AddRow(table, $"federations.{federation.Code}", $"{federation.RegionCode} · {federation.Name}");
        }

        AddRow(table, "ingestion.contracts", options.Ingestion.Contracts, project.ContractsPath);
        AddPaths(table, "transforms.model_paths", options.Transforms.ModelPaths, project.ModelPaths);
        AddPaths(table, "transforms.seed_paths", options.Transforms.SeedPaths, project.SeedPaths);
        AddPaths(table, "transforms.test_paths", options.Transforms.TestPaths, project.TestPaths);
        AddRow(table, "transforms.threads", Invariant(options.Transforms.Threads));
        AddRow(table, "privacy.min_cell", Invariant(options.Privacy.MinCell));
        AddRow(table, "privacy.min_denominator", Invariant(options.Privacy.MinDenominator));
        AddRow(table, "privacy.min_operators", Invariant(options.Privacy.MinOperators));
        AddRow(table, "privacy.max_dominance", Invariant(options.Privacy.MaxDominance));
        AddRow(table, "dashboards.pages", options.Dashboards.Pages, project.PagesPath);
        AddRow(table, "schedule.cron", options.Schedule.Cron);
        AddRow(table, "schedule.timezone", options.Schedule.Timezone);
        AddRow(table, "schedule.watch_inbox", options.Schedule.WatchInbox ? "true" : "false");

        console.Output.Write(table);
        console.Output.WriteLine($"Connexion à l'entrepôt : {project.WarehouseConnectionString}");
        return Task.FromResult(ExitCodes.Success);
    }

    // Values are shown as they are written in pipeline.yaml (a point for decimals), not in French format.
    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static void AddRow(Table table, string key, string value, string resolvedPath = "") =>
        table.AddRow(new Text(key), new Text(value), new Text(resolvedPath));

    private static void AddPaths(Table table, string key, IReadOnlyList<string> written, IReadOnlyList<string> resolved) =>
        AddRow(table, key, written.Count == 0 ? "(aucun)" : string.Join(", ", written), string.Join(Environment.NewLine, resolved));

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Configuration lue dans {ConfigFile}")]
    private static partial void LogLoaded(ILogger logger, string configFile);
}
