using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateLogicalType(DuckDBType type);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyLogicalType(ref IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_get_type_id")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial DuckDBType GetTypeId(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_width")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte DecimalWidth(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_scale")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte DecimalScale(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_internal_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial DuckDBType DecimalInternalType(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_internal_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial DuckDBType EnumInternalType(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_size")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial uint EnumDictionarySize(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_value")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* EnumDictionaryValue(IntPtr type, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_list_type_child_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr ListTypeChildType(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_array_type_child_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr ArrayTypeChildType(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_array_type_array_size")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong ArrayTypeArraySize(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_map_type_key_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr MapTypeKeyType(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_map_type_value_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr MapTypeValueType(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_struct_type_child_count")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial ulong StructTypeChildCount(IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_struct_type_child_name")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial byte* StructTypeChildName(IntPtr type, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_struct_type_child_type")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr StructTypeChildType(IntPtr type, ulong index);
}
