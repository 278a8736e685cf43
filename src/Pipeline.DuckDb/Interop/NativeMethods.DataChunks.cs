using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_create_data_chunk")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateDataChunk(IntPtr* types, ulong columnCount);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyDataChunk(ref IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_reset")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DataChunkReset(DataChunkHandle chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    internal static partial IntPtr DataChunkGetVector(IntPtr chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    internal static partial ulong DataChunkGetSize(IntPtr chunk);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DataChunkSetSize(DataChunkHandle chunk, ulong size);
}
