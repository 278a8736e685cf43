using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>Picks the reader for a column's DuckDB type, recursively for nested types.</summary>
internal static class ColumnReaderFactory
{
    private const long TicksPerMicrosecond = 10;

    public static ColumnReader Create(ColumnTypeInfo type) => type.Id switch
    {
        DuckDBType.Boolean => new PrimitiveColumnReader<bool>(type),
        DuckDBType.TinyInt => new PrimitiveColumnReader<sbyte>(type),
        DuckDBType.SmallInt => new PrimitiveColumnReader<short>(type),
        DuckDBType.Integer => new PrimitiveColumnReader<int>(type),
        DuckDBType.BigInt => new PrimitiveColumnReader<long>(type),
        DuckDBType.UTinyInt => new PrimitiveColumnReader<byte>(type),
        DuckDBType.USmallInt => new PrimitiveColumnReader<ushort>(type),
        DuckDBType.UInteger => new PrimitiveColumnReader<uint>(type),
        DuckDBType.UBigInt => new PrimitiveColumnReader<ulong>(type),
        DuckDBType.Float => new PrimitiveColumnReader<float>(type),
        DuckDBType.Double => new PrimitiveColumnReader<double>(type),
        DuckDBType.HugeInt => new HugeIntColumnReader(type),
        DuckDBType.UHugeInt => new UHugeIntColumnReader(type),
        DuckDBType.Decimal => new DecimalColumnReader(type),
        DuckDBType.Varchar => new StringColumnReader(type),
        DuckDBType.Blob => new BlobColumnReader(type),
        DuckDBType.Date => new DateColumnReader(type),
        DuckDBType.Time => new TimeColumnReader(type, ticksDivisor: 1, ticksMultiplier: TicksPerMicrosecond),
        DuckDBType.TimeNs => new TimeColumnReader(type, ticksDivisor: 100, ticksMultiplier: 1),
        DuckDBType.TimeTz => new TimeTzColumnReader(type),
        DuckDBType.Timestamp => new TimestampColumnReader(type, TicksPerMicrosecond, 1, DateTimeKind.Unspecified),
        DuckDBType.TimestampS => new TimestampColumnReader(type, TimeSpan.TicksPerSecond, 1, DateTimeKind.Unspecified),
        DuckDBType.TimestampMs => new TimestampColumnReader(type, TimeSpan.TicksPerMillisecond, 1, DateTimeKind.Unspecified),
        DuckDBType.TimestampNs => new TimestampColumnReader(type, 1, 100, DateTimeKind.Unspecified),
        DuckDBType.TimestampTz => new TimestampColumnReader(type, TicksPerMicrosecond, 1, DateTimeKind.Utc),
        DuckDBType.Interval => new IntervalColumnReader(type),
        DuckDBType.Uuid => new UuidColumnReader(type),
        DuckDBType.Enum => new EnumColumnReader(type),
        DuckDBType.List or DuckDBType.Array => new ListColumnReader(type, Create(type.Children[0])),
        DuckDBType.Struct => new StructColumnReader(type, type.Children.Select(Create).ToArray()),
        DuckDBType.Map => new MapColumnReader(type, Create(type.Children[0]), Create(type.Children[1])),
        _ => new UnsupportedColumnReader(type),
    };
}
