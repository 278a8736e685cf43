using Pipeline.Core;

namespace Pipeline.Dashboards.Pages;

/// <summary>A mistake in a page file, with the file and line where it is.</summary>
public sealed class PageException : PipelineException
{
    public PageException(string file, int line, string message)
        : base($"{file}:{line} : {message}")
    {
        File = file;
        Line = line;
    }

    public PageException()
    {
        File = "";
    }

    public PageException(string message)
        : base(message)
    {
        File = "";
    }

    public PageException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
    }

    /// <summary>The page file.</summary>
    public string File { get; }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }
}
