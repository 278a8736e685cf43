using System.Runtime.InteropServices;

namespace Pipeline.DuckDb.Interop;

/// <summary>duckdb_type: the physical/logical type ids of the C API.</summary>
internal enum DuckDBType
{
    Invalid = 0, Boolean = 1, TinyInt = 2, SmallInt = 3, Integer = 4, BigInt = 5,
    UTinyInt = 6, USmallInt = 7, UInteger = 8, UBigInt = 9, Float = 10, Double = 11,
    Timestamp = 12, Date = 13, Time = 14, Interval = 15, HugeInt = 16, Varchar = 17, Blob = 18,
    Decimal = 19, TimestampS = 20, TimestampMs = 21, TimestampNs = 22, Enum = 23, List = 24,
    Struct = 25, Map = 26, Uuid = 27, Union = 28, Bit = 29, TimeTz = 30, TimestampTz = 31,
    UHugeInt = 32, Array = 33, Any = 34, BigNum = 35, SqlNull = 36, StringLiteral = 37,
    IntegerLiteral = 38, TimeNs = 39, Geometry = 40, Variant = 41,
}

/// <summary>duckdb_result_type.</summary>
internal enum ResultType
{
    Invalid = 0,
    ChangedRows = 1,
    Nothing = 2,
    QueryResult = 3,
}

/// <summary>duckdb_result: a caller-allocated 48-byte struct whose fields are all deprecated; only its address is used.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDBResultNative
{
    private readonly ulong deprecatedColumnCount;
    private readonly ulong deprecatedRowCount;
    private readonly ulong deprecatedRowsChanged;
    private readonly IntPtr deprecatedColumns;
    private readonly IntPtr deprecatedErrorMessage;
    private readonly IntPtr internalData;
}

/// <summary>duckdb_hugeint / duckdb_uhugeint: value = upper * 2^64 + lower.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct HugeIntNative
{
    public ulong Lower;
    public long Upper;

    public HugeIntNative(Int128 value)
    {
        Lower = (ulong)value;
        Upper = (long)(value >> 64);
    }

    public readonly Int128 ToInt128() => new((ulong)Upper, Lower);
}

/// <summary>duckdb_decimal.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DecimalNative
{
    public byte Width;
    public byte Scale;
    public HugeIntNative Value;
}

/// <summary>duckdb_interval.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct IntervalNative
{
    public int Months;
    public int Days;
    public long Micros;
}

/// <summary>duckdb_list_entry.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct ListEntryNative
{
    public ulong Offset;
    public ulong Length;
}

/// <summary>duckdb_query_progress_type.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct QueryProgressNative
{
    public double Percentage;
    public ulong RowsProcessed;
    public ulong TotalRowsToProcess;
}

/// <summary>
/// duckdb_string_t (16 bytes): a length, then either up to 12 inline bytes or a 4-byte prefix and a pointer.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal unsafe struct StringNative
{
    public const int InlineLength = 12;

    [FieldOffset(0)] public uint Length;
    [FieldOffset(4)] public fixed byte Inlined[InlineLength];
    [FieldOffset(8)] public byte* Pointer;
}
