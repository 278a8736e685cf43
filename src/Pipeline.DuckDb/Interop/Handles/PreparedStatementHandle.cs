using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_prepared_statement; released with duckdb_destroy_prepare.</summary>
internal sealed class PreparedStatementHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PreparedStatementHandle()
        : base(ownsHandle: true)
    {
    }

    public PreparedStatementHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.DestroyPrepare(ref native);
        return true;
    }
}
