namespace Pipeline.Cli;

/// <summary>Process exit codes of <c>pipeline</c>, relied upon by the worker, scripts and CI.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Success = 0;

    /// <summary>A step failed (bad data, failing test, unexpected error).</summary>
    public const int Failure = 1;

    /// <summary>The command line or <c>pipeline.yaml</c> is wrong: nothing was run.</summary>
    public const int UsageError = 2;
}
