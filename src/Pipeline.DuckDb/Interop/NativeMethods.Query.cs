using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyResult(DuckDBResultNative* result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* ColumnName(DuckDBResultNative* result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_logical_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr ColumnLogicalType(DuckDBResultNative* result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong ColumnCount(DuckDBResultNative* result);

    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong RowsChanged(DuckDBResultNative* result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* ResultError(DuckDBResultNative* result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial DuckDBErrorType ResultErrorType(DuckDBResultNative* result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_return_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ResultType ResultReturnType(DuckDBResultNative result);

    [LibraryImport(Library, EntryPoint = "duckdb_fetch_chunk")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr FetchChunk(DuckDBResultNative result);
}
