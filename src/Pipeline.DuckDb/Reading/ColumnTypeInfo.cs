using System.Globalization;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>
/// What a column reader needs to know about a DuckDB logical type, read once from the native type
/// (which is then destroyed): the type id, its SQL name, decimal width and scale, enum dictionary,
/// and the types of nested children.
/// </summary>
internal sealed unsafe class ColumnTypeInfo
{
    private ColumnTypeInfo(DuckDBType id, string name)
    {
        Id = id;
        Name = name;
    }

    public DuckDBType Id { get; }

    /// <summary>The SQL name, e.g. DECIMAL(18,2), VARCHAR[], STRUCT(a INTEGER).</summary>
    public string Name { get; }

    public byte DecimalWidth { get; private init; }

    public byte DecimalScale { get; private init; }

    /// <summary>The physical type holding decimals (SMALLINT, INTEGER, BIGINT, HUGEINT) or enum indexes.</summary>
    public DuckDBType InternalType { get; private init; }

    public IReadOnlyList<string> EnumValues { get; private init; } = [];

    public IReadOnlyList<ColumnTypeInfo> Children { get; private init; } = [];

    public IReadOnlyList<string> ChildNames { get; private init; } = [];

    public int ArraySize { get; private init; }

    /// <summary>Reads a logical type that the caller keeps ownership of.</summary>
    public static ColumnTypeInfo FromLogicalType(IntPtr type)
    {
        var id = NativeMethods.GetTypeId(type);
        return id switch
        {
            DuckDBType.Decimal => Decimal(type),
            DuckDBType.Enum => Enum(type),
            DuckDBType.List => WithChild(id, NativeMethods.ListTypeChildType(type), name => name + "[]"),
            DuckDBType.Array => Array(type),
            DuckDBType.Map => Map(type),
            DuckDBType.Struct => Struct(type),
            _ => new ColumnTypeInfo(id, ScalarName(id)),
        };
    }

    /// <summary>Takes ownership of a logical type: reads it, then destroys it.</summary>
    public static ColumnTypeInfo FromOwnedLogicalType(IntPtr type)
    {
        using var handle = new LogicalTypeHandle(type);
        return FromLogicalType(type);
    }

    private static ColumnTypeInfo Decimal(IntPtr type)
    {
        var width = NativeMethods.DecimalWidth(type);
        var scale = NativeMethods.DecimalScale(type);
        return new ColumnTypeInfo(DuckDBType.Decimal, string.Create(CultureInfo.InvariantCulture, $"DECIMAL({width},{scale})"))
        {
            DecimalWidth = width,
            DecimalScale = scale,
            InternalType = NativeMethods.DecimalInternalType(type),
        };
    }

    private static ColumnTypeInfo Enum(IntPtr type)
    {
        var size = NativeMethods.EnumDictionarySize(type);
        var values = new string[size];
        for (var i = 0u; i < size; i++)
        {
            values[i] = Utf8Text.FromAllocated(NativeMethods.EnumDictionaryValue(type, i)) ?? string.Empty;
        }

        return new ColumnTypeInfo(DuckDBType.Enum, "ENUM") { InternalType = NativeMethods.EnumInternalType(type), EnumValues = values };
    }

    private static ColumnTypeInfo WithChild(DuckDBType id, IntPtr ownedChild, Func<string, string> name)
    {
        var child = FromOwnedLogicalType(ownedChild);
        return new ColumnTypeInfo(id, name(child.Name)) { Children = [child] };
    }

    private static ColumnTypeInfo Array(IntPtr type)
    {
        var size = (int)NativeMethods.ArrayTypeArraySize(type);
        var child = FromOwnedLogicalType(NativeMethods.ArrayTypeChildType(type));
        return new ColumnTypeInfo(DuckDBType.Array, string.Create(CultureInfo.InvariantCulture, $"{child.Name}[{size}]"))
        {
            Children = [child],
            ArraySize = size,
        };
    }

    private static ColumnTypeInfo Map(IntPtr type)
    {
        var key = FromOwnedLogicalType(NativeMethods.MapTypeKeyType(type));
        var value = FromOwnedLogicalType(NativeMethods.MapTypeValueType(type));
        return new ColumnTypeInfo(DuckDBType.Map, $"MAP({key.Name}, {value.Name})") { Children = [key, value] };
    }

    private static ColumnTypeInfo Struct(IntPtr type)
    {
        var count = (int)NativeMethods.StructTypeChildCount(type);
        var names = new string[count];
        var children = new ColumnTypeInfo[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = Utf8Text.FromAllocated(NativeMethods.StructTypeChildName(type, (ulong)i)) ?? string.Empty;
            children[i] = FromOwnedLogicalType(NativeMethods.StructTypeChildType(type, (ulong)i));
        }

        var fields = string.Join(", ", names.Zip(children, (n, c) => $"{n} {c.Name}"));
        return new ColumnTypeInfo(DuckDBType.Struct, $"STRUCT({fields})") { Children = children, ChildNames = names };
    }

    private static string ScalarName(DuckDBType id) => id switch
    {
        DuckDBType.TinyInt => "TINYINT",
        DuckDBType.SmallInt => "SMALLINT",
        DuckDBType.Integer => "INTEGER",
        DuckDBType.BigInt => "BIGINT",
        DuckDBType.UTinyInt => "UTINYINT",
        DuckDBType.USmallInt => "USMALLINT",
        DuckDBType.UInteger => "UINTEGER",
        DuckDBType.UBigInt => "UBIGINT",
        DuckDBType.HugeInt => "HUGEINT",
        DuckDBType.UHugeInt => "UHUGEINT",
        DuckDBType.TimestampS => "TIMESTAMP_S",
        DuckDBType.TimestampMs => "TIMESTAMP_MS",
        DuckDBType.TimestampNs => "TIMESTAMP_NS",
        DuckDBType.TimestampTz => "TIMESTAMP WITH TIME ZONE",
        DuckDBType.TimeTz => "TIME WITH TIME ZONE",
        DuckDBType.TimeNs => "TIME_NS",
        DuckDBType.SqlNull => "NULL",
        _ => id.ToString().ToUpperInvariant(),
    };
}
