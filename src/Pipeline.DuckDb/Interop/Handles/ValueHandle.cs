using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_value; released with duckdb_destroy_value.</summary>
internal sealed class ValueHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ValueHandle()
        : base(ownsHandle: true)
    {
    }

    public ValueHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.DestroyValue(ref native);
        return true;
    }
}
