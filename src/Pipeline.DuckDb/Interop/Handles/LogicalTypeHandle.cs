using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_logical_type; released with duckdb_destroy_logical_type.</summary>
internal sealed class LogicalTypeHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public LogicalTypeHandle()
        : base(ownsHandle: true)
    {
    }

    public LogicalTypeHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.DestroyLogicalType(ref native);
        return true;
    }
}
