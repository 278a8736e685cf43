using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>Spectre.Console views of the run's output and error streams, for tables, colours and progress.</summary>
internal sealed class CliConsole
{
    // Output that is not a terminal (a file, a pipe, a test) is never wrapped: lines stay greppable.
    private const int UnwrappedWidth = 4096;

    private CliConsole(IAnsiConsole output, IAnsiConsole error)
    {
        Output = output;
        Error = error;
    }

    /// <summary>Standard output: the command's results.</summary>
    public IAnsiConsole Output { get; }

    /// <summary>Standard error: error messages (logs go there too).</summary>
    public IAnsiConsole Error { get; }

    public static CliConsole Create(CliEnvironment environment) => new(
        Create(environment.Output, ReferenceEquals(environment.Output, Console.Out) && !Console.IsOutputRedirected),
        Create(environment.Error, ReferenceEquals(environment.Error, Console.Error) && !Console.IsErrorRedirected));

    /// <summary>Writes a user-facing error in red on standard error, unwrapped so its file:line:column stays whole.</summary>
    public void WriteError(string message) =>
        Error.Write(new Text(message + Environment.NewLine, new Style(Color.Red)));

    /// <summary>Writes technical detail (a stack trace) in grey on standard error.</summary>
    public void WriteDetail(string detail) =>
        Error.Write(new Text(detail + Environment.NewLine, new Style(Color.Grey)));

    private static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }
}
