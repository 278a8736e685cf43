using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Pipeline.Cli.Commands;

namespace Pipeline.Cli;

/// <summary>The <c>pipeline</c> command line: global options, the list of commands, and the entry point.</summary>
internal static class PipelineCommandLine
{
    /// <summary>Runs <c>pipeline</c> with <paramref name="args"/> from the current directory.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliEnvironment(output, error, Environment.CurrentDirectory), cancellationToken);

    /// <summary>Runs <c>pipeline</c> in <paramref name="environment"/>; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(environment);
        var parseResult = root.Parse(args);
        var exitCode = await parseResult.InvokeAsync(
            new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                // Ctrl+C and SIGTERM cancel the command's token, which interrupts the DuckDB query; the command
                // then has this long to record the cancellation in the run history before the process ends
                // regardless. The default (2 s) could end `pipeline run` before it wrote "cancelled".
                ProcessTerminationTimeout = TimeSpan.FromSeconds(10),
            },
            cancellationToken);

        // System.CommandLine reports a bad command line with 1; ours is a usage error.
        return parseResult.Action is ParseErrorAction ? ExitCodes.UsageError : exitCode;
    }

    /// <summary>The root command with every subcommand: the one list to extend when adding a command.</summary>
    /// <remarks>
    /// A plain <see cref="Command"/> named <c>pipeline</c> rather than a <see cref="RootCommand"/>, which
    /// takes its name and version from the entry assembly: under a test host or another launcher, help
    /// and <c>--version</c> would describe the launcher.
    /// </remarks>
    public static Command CreateRootCommand(CliEnvironment environment)
    {
        var globalOptions = new GlobalOptions();
        var root = new Command(
            "pipeline",
            "Pipeline de données du secteur ISP-ES : reçoit les extraits des fédérations, construit l'entrepôt "
            + "et les marts, publie les tableaux de bord et les fiches.")
        {
            globalOptions.Project,
            globalOptions.Verbose,
            new HelpOption { Description = "Affiche l'aide : description, utilisation, commandes et options." },
            new VersionOption { Description = "Affiche la version de pipeline.", Action = new VersionAction() },
        };

        var runner = new CommandRunner(environment, globalOptions);
        Add<ConfigCommand>(root, runner);
        Add<GenerateCommand>(root, runner);
        Add<TransformCommand>(root, runner);
        Add<TestCommand>(root, runner);
        Add<BuildCommand>(root, runner);
        Add<DocsCommand>(root, runner);
        Add<IngestCommand>(root, runner);
        Add<DashboardsCommand>(root, runner);
        Add<ServeCommand>(root, runner);
        Add<FullRunCommand>(root, runner);
        Add<DemoCommand>(root, runner);
        Add<StatusCommand>(root, runner);
        Add<WorkerCommand>(root, runner);
        return root;
    }

    private static void Add<TCommand>(Command root, CommandRunner runner)
        where TCommand : class, IPipelineCommand
    {
        var command = TCommand.Create();
        command.SetAction(runner.RunAsync<TCommand>);
        root.Subcommands.Add(command);
    }
}
