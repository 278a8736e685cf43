namespace Pipeline.DuckDb.Benchmarks;

/// <summary>Process exit codes. Missing a performance target is reported, not an error: CI machines are noisy.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A checksum did not match: the provider read or wrote wrong values, so the timings mean nothing.</summary>
    public const int ChecksumMismatch = 1;

    public const int UsageError = 2;
}
