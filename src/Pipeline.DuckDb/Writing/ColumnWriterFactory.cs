using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Writing;

/// <summary>Picks the writer for an appender column's DuckDB type.</summary>
internal static class ColumnWriterFactory
{
    public static ColumnWriter Create(ColumnTypeInfo type, string column) => type.Id switch
    {
        DuckDBType.Boolean => new BooleanColumnWriter(type, column),
        DuckDBType.TinyInt => new IntegerColumnWriter<sbyte>(type, column),
        DuckDBType.SmallInt => new IntegerColumnWriter<short>(type, column),
        DuckDBType.Integer => new IntegerColumnWriter<int>(type, column),
        DuckDBType.BigInt => new IntegerColumnWriter<long>(type, column),
        DuckDBType.UTinyInt => new IntegerColumnWriter<byte>(type, column),
        DuckDBType.USmallInt => new IntegerColumnWriter<ushort>(type, column),
        DuckDBType.UInteger => new IntegerColumnWriter<uint>(type, column),
        DuckDBType.UBigInt => new IntegerColumnWriter<ulong>(type, column),
        DuckDBType.HugeInt => new HugeIntColumnWriter(type, column),
        DuckDBType.Float => new FloatingColumnWriter<float>(type, column),
        DuckDBType.Double => new FloatingColumnWriter<double>(type, column),
        DuckDBType.Decimal => new DecimalColumnWriter(type, column),
        DuckDBType.Varchar => new VarcharColumnWriter(type, column),
        DuckDBType.Blob => new BlobColumnWriter(type, column),
        DuckDBType.Uuid => new UuidColumnWriter(type, column),
        DuckDBType.Date => new DateColumnWriter(type, column),
        DuckDBType.Time => new TimeColumnWriter(type, column),
        DuckDBType.Interval => new IntervalColumnWriter(type, column),
        DuckDBType.Timestamp => new TimestampColumnWriter(type, column, ticksPerUnit: 10, isInstant: false),
        DuckDBType.TimestampS => new TimestampColumnWriter(type, column, TimeSpan.TicksPerSecond, isInstant: false),
        DuckDBType.TimestampMs => new TimestampColumnWriter(type, column, TimeSpan.TicksPerMillisecond, isInstant: false),
        DuckDBType.TimestampNs => new TimestampColumnWriter(type, column, ticksPerUnit: 0, isInstant: false),
        DuckDBType.TimestampTz => new TimestampColumnWriter(type, column, ticksPerUnit: 10, isInstant: true),
        _ => new UnsupportedColumnWriter(type, column),
    };
}
