using System.Globalization;

namespace Pipeline.Transforms;

/// <summary>One mistake in the transform project (unknown reference, duplicate name, cycle...), located in a file.</summary>
/// <param name="FilePath">Absolute path of the file at fault.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Message">French explanation saying what to do.</param>
public sealed record ProjectIssue(string FilePath, int? Line, string Message)
{
    /// <summary><c>path:line : message</c>, the shape terminals and editors turn into a link.</summary>
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{FilePath}:{line} : {Message}")
        : $"{FilePath} : {Message}";
}
