using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_extracted_statements; released with duckdb_destroy_extracted.</summary>
internal sealed class ExtractedStatementsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ExtractedStatementsHandle()
        : base(ownsHandle: true)
    {
    }

    public ExtractedStatementsHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.DestroyExtracted(ref native);
        return true;
    }
}
