using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_connection; released with duckdb_disconnect.</summary>
internal sealed class ConnectionHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ConnectionHandle()
        : base(ownsHandle: true)
    {
    }

    public ConnectionHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.Disconnect(ref native);
        return true;
    }
}
