using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_config; released with duckdb_destroy_config.</summary>
internal sealed class ConfigHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ConfigHandle()
        : base(ownsHandle: true)
    {
    }

    public ConfigHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.DestroyConfig(ref native);
        return true;
    }
}
