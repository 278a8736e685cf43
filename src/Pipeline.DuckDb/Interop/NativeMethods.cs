namespace Pipeline.DuckDb.Interop;

/// <summary>
/// Declarations of the DuckDB C API (v1.5.x header), split by the header's own sections into partial
/// files. Nothing but declarations lives in these files; handles and marshalling live beside them.
/// </summary>
internal static unsafe partial class NativeMethods
{
    internal const string Library = "duckdb";

    /// <summary>Return code of most C API calls.</summary>
    internal enum State
    {
        Success = 0,
        Error = 1,
    }
}
