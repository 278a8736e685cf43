using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_error_data")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyErrorData(ref IntPtr errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_error_data_error_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial DuckDBErrorType ErrorDataErrorType(IntPtr errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_error_data_message")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* ErrorDataMessage(IntPtr errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_error_data_has_error")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ErrorDataHasError(IntPtr errorData);
}
