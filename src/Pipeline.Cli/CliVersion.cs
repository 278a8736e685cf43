using System.Reflection;

namespace Pipeline.Cli;

/// <summary>The version <c>pipeline --version</c> prints: this assembly's informational version.</summary>
internal static class CliVersion
{
    public static string Current { get; } =
        typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
