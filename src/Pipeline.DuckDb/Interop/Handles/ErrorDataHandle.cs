using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_error_data; released with duckdb_destroy_error_data.</summary>
internal sealed class ErrorDataHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ErrorDataHandle()
        : base(ownsHandle: true)
    {
    }

    public ErrorDataHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.DestroyErrorData(ref native);
        return true;
    }
}
