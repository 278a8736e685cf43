using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    internal static partial void* VectorGetData(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    internal static partial ulong* VectorGetValidity(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_vector_ensure_validity_writable")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void VectorEnsureValidityWritable(IntPtr vector);

    // The "unsafe" variant skips UTF-8 validation: callers pass bytes from .NET's encoder, always valid UTF-8.
    [LibraryImport(Library, EntryPoint = "duckdb_unsafe_vector_assign_string_element_len")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void UnsafeVectorAssignStringElementLen(IntPtr vector, ulong index, byte* text, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_list_vector_get_child")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    internal static partial IntPtr ListVectorGetChild(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_array_vector_get_child")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    internal static partial IntPtr ArrayVectorGetChild(IntPtr vector);

    [LibraryImport(Library, EntryPoint = "duckdb_struct_vector_get_child")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    internal static partial IntPtr StructVectorGetChild(IntPtr vector, ulong index);
}
