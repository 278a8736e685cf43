namespace Pipeline.Cli;

/// <summary>What the process gives one run of <c>pipeline</c>: where to write and which folder it runs from.</summary>
/// <remarks>Passed explicitly (not read from <see cref="Console"/> or <see cref="Environment"/>) so tests run in parallel in-process.</remarks>
internal sealed record CliEnvironment(TextWriter Output, TextWriter Error, string WorkingDirectory);
