using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.DuckDb.Interop;

/// <summary>
/// Owns a duckdb_result. The C API fills a caller-allocated struct, so the struct lives in native memory
/// owned by this handle (never in a copyable managed struct, whose copies would leak or double free).
/// </summary>
internal sealed unsafe class ResultHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ResultHandle()
        : base(ownsHandle: true)
    {
        SetHandle((IntPtr)NativeMemory.AllocZeroed((nuint)sizeof(DuckDBResultNative)));
    }

    /// <summary>The address of the struct, to pass to the C API.</summary>
    public DuckDBResultNative* Pointer => (DuckDBResultNative*)handle;

    protected override bool ReleaseHandle()
    {
        NativeMethods.DestroyResult((DuckDBResultNative*)handle);
        NativeMemory.Free((void*)handle);
        return true;
    }
}
