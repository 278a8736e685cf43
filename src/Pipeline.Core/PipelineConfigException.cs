using System.Globalization;

namespace Pipeline.Core;

/// <summary>
/// A mistake in <c>pipeline.yaml</c> (syntax, unknown key, wrong type or bad value), located by
/// file, line and column so the user can go straight to it.
/// </summary>
public sealed class PipelineConfigException : PipelineException
{
    public PipelineConfigException(string filePath, int line, int column, string detail)
        : base(Format(filePath, line, column, detail))
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Detail = detail;
    }

    public PipelineConfigException(string filePath, int line, int column, string detail, Exception innerException)
        : base(Format(filePath, line, column, detail), innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Detail = detail;
    }

    /// <summary>Full path of the configuration file.</summary>
    public string FilePath { get; }

    /// <summary>1-based line of the faulty key or value.</summary>
    public int Line { get; }

    /// <summary>1-based column of the faulty key or value.</summary>
    public int Column { get; }

    /// <summary>The French explanation, without the <c>file:line:column</c> prefix.</summary>
    public string Detail { get; }

    // "path:line:column : detail" is the shape editors and terminals turn into a link.
    private static string Format(string filePath, int line, int column, string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{filePath}:{line}:{column} : {detail}");
}
