using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_appender_create", StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State AppenderCreate(ConnectionHandle connection, string? schema, string table, out IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_count")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong AppenderColumnCount(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr AppenderColumnType(AppenderHandle appender, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_error_data")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr AppenderErrorData(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State AppenderFlush(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State AppenderClose(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State AppenderDestroy(ref IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_data_chunk")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State AppendDataChunk(AppenderHandle appender, DataChunkHandle chunk);
}
