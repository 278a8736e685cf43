using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

internal static unsafe partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_destroy_value")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial void DestroyValue(ref IntPtr value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_null_value")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateNullValue();

    [LibraryImport(Library, EntryPoint = "duckdb_create_varchar_length")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateVarcharLength(byte* text, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_create_bool")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateBool([MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int8")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateInt8(sbyte value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uint8")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateUInt8(byte value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int16")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateInt16(short value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uint16")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateUInt16(ushort value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int32")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateInt32(int value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uint32")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateUInt32(uint value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_int64")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateInt64(long value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uint64")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateUInt64(ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_hugeint")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateHugeInt(HugeIntNative value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uhugeint")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateUHugeInt(HugeIntNative value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_decimal")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateDecimal(DecimalNative value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_float")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateFloat(float value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_double")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateDouble(double value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_date")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateDate(int days);

    [LibraryImport(Library, EntryPoint = "duckdb_create_time")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateTime(long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_create_timestamp")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateTimestamp(long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_create_timestamp_tz")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateTimestampTz(long micros);

    [LibraryImport(Library, EntryPoint = "duckdb_create_interval")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateInterval(IntervalNative value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_blob")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateBlob(byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_create_uuid")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateUuid(HugeIntNative value);

    [LibraryImport(Library, EntryPoint = "duckdb_create_list_value")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    internal static partial IntPtr CreateListValue(IntPtr childType, IntPtr* values, ulong count);
}
