using Pipeline.Core;

namespace Pipeline.Transforms.Selection;

/// <summary>A <c>--select</c> or <c>--exclude</c> value that is malformed or matches nothing: a usage error.</summary>
public sealed class NodeSelectionException : PipelineException
{
    public NodeSelectionException(string message)
        : base(message)
    {
    }
}
