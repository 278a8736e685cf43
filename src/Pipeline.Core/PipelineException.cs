namespace Pipeline.Core;

/// <summary>
/// An error a user can understand and fix: its message is French, complete and says what to do, so
/// the CLI prints it as is, without a stack trace.
/// </summary>
public class PipelineException : Exception
{
    public PipelineException()
    {
    }

    public PipelineException(string message)
        : base(message)
    {
    }

    public PipelineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
