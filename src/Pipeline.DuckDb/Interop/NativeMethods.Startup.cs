using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_library_version")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* LibraryVersion();

    [LibraryImport(Library, EntryPoint = "duckdb_create_config")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State CreateConfig(out IntPtr config);

    [LibraryImport(Library, EntryPoint = "duckdb_set_config", StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State SetConfig(ConfigHandle config, string name, string option);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_config")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyConfig(ref IntPtr config);

    [LibraryImport(Library, EntryPoint = "duckdb_open_ext", StringMarshalling = StringMarshalling.Utf8)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State OpenExt(string path, out IntPtr database, ConfigHandle config, out byte* error);

    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void Close(ref IntPtr database);

    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial State Connect(DatabaseHandle database, out IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void Disconnect(ref IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_interrupt")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void Interrupt(ConnectionHandle connection);

    [LibraryImport(Library, EntryPoint = "duckdb_query_progress")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial QueryProgressNative QueryProgress(ConnectionHandle connection);

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void Free(void* pointer);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_size")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong VectorSize();
}
