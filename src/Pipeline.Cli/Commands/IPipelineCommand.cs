namespace Pipeline.Cli.Commands;

/// <summary>
/// A <c>pipeline</c> subcommand. <see cref="Create"/> declares its syntax (name, French description,
/// options); an instance, created by dependency injection for each run, does the work. Add one in
/// <see cref="PipelineCommandLine"/>.
/// </summary>
internal interface IPipelineCommand
{
    /// <summary>The command's syntax; its options are read back by name from the parse result.</summary>
    static abstract Command Create();

    /// <summary>Runs the command and returns an <see cref="ExitCodes"/> value.</summary>
    Task<int> ExecuteAsync(ParseResult parseResult, CancellationToken cancellationToken);
}
