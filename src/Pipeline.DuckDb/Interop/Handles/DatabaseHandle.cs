using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_database; released with duckdb_close.</summary>
internal sealed class DatabaseHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DatabaseHandle()
        : base(ownsHandle: true)
    {
    }

    public DatabaseHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.Close(ref native);
        return true;
    }
}
