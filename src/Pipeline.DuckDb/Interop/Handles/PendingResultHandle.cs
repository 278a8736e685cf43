using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_pending_result; released with duckdb_destroy_pending.</summary>
internal sealed class PendingResultHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PendingResultHandle()
        : base(ownsHandle: true)
    {
    }

    public PendingResultHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.DestroyPending(ref native);
        return true;
    }
}
