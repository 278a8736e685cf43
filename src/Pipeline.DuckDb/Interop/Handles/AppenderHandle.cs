using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_appender; released with duckdb_appender_destroy.</summary>
internal sealed class AppenderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public AppenderHandle()
        : base(ownsHandle: true)
    {
    }

    public AppenderHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.AppenderDestroy(ref native);
        return true;
    }
}
