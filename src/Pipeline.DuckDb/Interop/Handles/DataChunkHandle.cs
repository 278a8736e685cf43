using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>Owns a native duckdb_data_chunk; released with duckdb_destroy_data_chunk.</summary>
internal sealed class DataChunkHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DataChunkHandle()
        : base(ownsHandle: true)
    {
    }

    public DataChunkHandle(IntPtr handle)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
    }

    protected override bool ReleaseHandle()
    {
        var native = handle;
        NativeMethods.DestroyDataChunk(ref native);
        return true;
    }
}
