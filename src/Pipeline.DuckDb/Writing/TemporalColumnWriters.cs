using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Writing;

/// <summary>DATE columns (days since 1970-01-01).</summary>
internal sealed unsafe class DateColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public override void Write(int row, DateOnly value) => ((int*)Data)[row] = value.DayNumber - EpochDayNumber;

    public override void Write(int row, DateTime value) => Write(row, DateOnly.FromDateTime(value));
}

/// <summary>TIMESTAMP variants and TIMESTAMPTZ; a UTC or local DateTime goes into TIMESTAMPTZ as its UTC instant.</summary>
internal sealed unsafe class TimestampColumnWriter(ColumnTypeInfo type, string column, long ticksPerUnit, bool isInstant)
    : ColumnWriter(type, column)
{
    public override void Write(int row, DateTime value)
    {
        var ticks = (isInstant && value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value).Ticks - DateTime.UnixEpoch.Ticks;
        ((long*)Data)[row] = ticksPerUnit >= 1 ? ticks / ticksPerUnit : ticks * 100;
    }

    public override void Write(int row, DateOnly value) => Write(row, value.ToDateTime(TimeOnly.MinValue));
}

/// <summary>TIME columns (µs since midnight).</summary>
internal sealed unsafe class TimeColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    public override void Write(int row, TimeOnly value) => ((long*)Data)[row] = value.Ticks / 10;

    public override void Write(int row, TimeSpan value) => ((long*)Data)[row] = value.Ticks / 10;
}

/// <summary>INTERVAL columns.</summary>
internal sealed unsafe class IntervalColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    public override void Write(int row, TimeSpan value)
    {
        var interval = DuckDBInterval.FromTimeSpan(value);
        ((IntervalNative*)Data)[row] = new IntervalNative { Months = 0, Days = interval.Days, Micros = interval.Micros };
    }
}
