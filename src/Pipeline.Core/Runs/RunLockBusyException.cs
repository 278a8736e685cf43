namespace Pipeline.Core.Runs;

/// <summary>Another run holds the run lock; the message names its process and start time.</summary>
public sealed class RunLockBusyException : PipelineException
{
    public RunLockBusyException()
    {
    }

    public RunLockBusyException(string message)
        : base(message)
    {
    }

    public RunLockBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
