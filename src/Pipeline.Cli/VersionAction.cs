using System.CommandLine.Invocation;

namespace Pipeline.Cli;

/// <summary>
/// Replaces System.CommandLine's version action, which reads the entry assembly: under a test host or
/// another launcher that would print the launcher's version instead of <c>pipeline</c>'s. It also
/// works on a root that is not a <see cref="RootCommand"/>.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(CliVersion.Current);
        return ExitCodes.Success;
    }
}
