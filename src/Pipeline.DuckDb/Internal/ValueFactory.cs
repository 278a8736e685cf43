using System.Collections;
using System.Data;
using System.Numerics;
using System.Text;
using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Internal;

/// <summary>Turns a CLR parameter value into a duckdb_value of the matching DuckDB type.</summary>
internal static unsafe class ValueFactory
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static ValueHandle Create(object? value, DbType? dbType = null) => new(CreateRaw(value, dbType));

    private static IntPtr CreateRaw(object? value, DbType? dbType) => value switch
    {
        null or DBNull => NativeMethods.CreateNullValue(),
        DateTime dateTime when dbType == DbType.Date => Date(DateOnly.FromDateTime(dateTime)),
        string text => Varchar(text),
        char character => Varchar(character.ToString()),
        bool flag => NativeMethods.CreateBool(flag),
        sbyte number => NativeMethods.CreateInt8(number),
        byte number => NativeMethods.CreateUInt8(number),
        short number => NativeMethods.CreateInt16(number),
        ushort number => NativeMethods.CreateUInt16(number),
        int number => NativeMethods.CreateInt32(number),
        uint number => NativeMethods.CreateUInt32(number),
        long number => NativeMethods.CreateInt64(number),
        ulong number => NativeMethods.CreateUInt64(number),
        Int128 number => NativeMethods.CreateHugeInt(new HugeIntNative(number)),
        UInt128 number => NativeMethods.CreateUHugeInt(new HugeIntNative((Int128)number)),
        BigInteger number => BigInteger(number),
        float number => NativeMethods.CreateFloat(number),
        double number => NativeMethods.CreateDouble(number),
        decimal number => Decimal(number),
        DateOnly date => Date(date),
        TimeOnly time => NativeMethods.CreateTime(time.Ticks / 10),
        DateTime dateTime => dateTime.Kind == DateTimeKind.Utc
            ? NativeMethods.CreateTimestampTz(Micros(dateTime))
            : NativeMethods.CreateTimestamp(Micros(dateTime)),
        DateTimeOffset instant => NativeMethods.CreateTimestampTz(Micros(instant.UtcDateTime)),
        TimeSpan span => Interval(DuckDBInterval.FromTimeSpan(span)),
        DuckDBInterval interval => Interval(interval),
        Guid guid => NativeMethods.CreateUuid(Uuid(guid)),
        byte[] bytes => Blob(bytes),
        ReadOnlyMemory<byte> bytes => Blob(bytes.Span),
        Enum member => CreateRaw(Convert.ChangeType(member, member.GetTypeCode(), System.Globalization.CultureInfo.InvariantCulture), dbType),
        IEnumerable sequence => List(sequence),
        _ => throw new NotSupportedException($"Parameters of type {value.GetType().FullName} are not supported by the DuckDB provider."),
    };

    private static long Micros(DateTime value) => (value.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    private static IntPtr Date(DateOnly date) => NativeMethods.CreateDate(date.DayNumber - EpochDayNumber);

    private static IntPtr Interval(DuckDBInterval value) =>
        NativeMethods.CreateInterval(new IntervalNative { Months = value.Months, Days = value.Days, Micros = value.Micros });

    private static IntPtr Varchar(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        fixed (byte* pointer = bytes)
        {
            return NativeMethods.CreateVarcharLength(pointer, (ulong)bytes.Length);
        }
    }

    private static IntPtr Blob(ReadOnlySpan<byte> bytes)
    {
        fixed (byte* pointer = bytes)
        {
            return NativeMethods.CreateBlob(pointer, (ulong)bytes.Length);
        }
    }

    /// <summary>
    /// duckdb_create_uuid takes the UUID's plain 128-bit value and flips the top bit itself, unlike vectors, which
    /// hold the flipped value that <see cref="UuidColumnReader.FromGuid"/> builds.
    /// </summary>
    private static HugeIntNative Uuid(Guid guid)
    {
        var value = UuidColumnReader.FromGuid(guid);
        value.Upper ^= long.MinValue;
        return value;
    }

    /// <summary>A BigInteger as HUGEINT, or as UHUGEINT above HUGEINT's range (as the reader returns UHUGEINT values).</summary>
    private static IntPtr BigInteger(BigInteger number) =>
        number >= (BigInteger)Int128.MinValue && number <= (BigInteger)Int128.MaxValue
            ? NativeMethods.CreateHugeInt(new HugeIntNative((Int128)number))
            : number > 0 && number <= (BigInteger)UInt128.MaxValue
                ? NativeMethods.CreateUHugeInt(new HugeIntNative((Int128)(UInt128)number))
                : throw new OverflowException($"The BigInteger parameter {number} does not fit DuckDB's HUGEINT or UHUGEINT (128 bits).");

    /// <summary>
    /// A decimal is bound as DECIMAL(38, its own scale), so no digit is lost and DuckDB casts it to the
    /// target type (binding as DOUBLE or with a narrower width loses precision or fails the cast).
    /// </summary>
    private static IntPtr Decimal(decimal number)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        var magnitude = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        var unscaled = number < 0 ? -magnitude : magnitude;
        return NativeMethods.CreateDecimal(new DecimalNative { Width = 38, Scale = scale, Value = new HugeIntNative(unscaled) });
    }

    /// <summary>An array or list of scalars as a DuckDB LIST (e.g. for "= ANY($ids)").</summary>
    private static IntPtr List(IEnumerable sequence)
    {
        var elementType = ElementType(sequence.GetType())
            ?? throw new NotSupportedException($"Cannot bind {sequence.GetType().FullName}: only typed arrays and lists of scalars are supported.");
        var values = sequence.Cast<object?>().Select(item => new ValueHandle(CreateRaw(item, null))).ToArray();
        try
        {
            using var childType = new LogicalTypeHandle(NativeMethods.CreateLogicalType(LogicalTypeOf(elementType)));
            var raw = values.Select(v => v.DangerousGetHandle()).ToArray();
            fixed (IntPtr* pointer = raw)
            {
                return NativeMethods.CreateListValue(childType.DangerousGetHandle(), pointer, (ulong)raw.Length);
            }
        }
        finally
        {
            foreach (var value in values)
            {
                value.Dispose();
            }
        }
    }

    private static Type? ElementType(Type sequenceType)
    {
        if (sequenceType.IsArray)
        {
            return sequenceType.GetElementType();
        }

        return sequenceType.GetInterfaces().Append(sequenceType)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    private static DuckDBType LogicalTypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => DuckDBType.Varchar,
        var t when t == typeof(bool) => DuckDBType.Boolean,
        var t when t == typeof(sbyte) => DuckDBType.TinyInt,
        var t when t == typeof(byte) => DuckDBType.UTinyInt,
        var t when t == typeof(short) => DuckDBType.SmallInt,
        var t when t == typeof(ushort) => DuckDBType.USmallInt,
        var t when t == typeof(int) => DuckDBType.Integer,
        var t when t == typeof(uint) => DuckDBType.UInteger,
        var t when t == typeof(long) => DuckDBType.BigInt,
        var t when t == typeof(ulong) => DuckDBType.UBigInt,
        var t when t == typeof(float) => DuckDBType.Float,
        var t when t == typeof(double) => DuckDBType.Double,
        var t when t == typeof(DateOnly) => DuckDBType.Date,
        var t when t == typeof(DateTime) => DuckDBType.Timestamp,
        var t when t == typeof(Guid) => DuckDBType.Uuid,
        _ => throw new NotSupportedException($"Lists of {type.FullName} cannot be bound as a parameter; use a list of scalars."),
    };
}
