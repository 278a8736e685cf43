namespace Pipeline.Core;

/// <summary>No <c>pipeline.yaml</c> where one was expected (given folder, or that folder and its parents).</summary>
public sealed class PipelineProjectNotFoundException : PipelineException
{
    public PipelineProjectNotFoundException(string searchedPath, string message)
        : base(message)
    {
        SearchedPath = searchedPath;
    }

    /// <summary>The folder (or file) where the search started.</summary>
    public string SearchedPath { get; }
}
