namespace Pipeline.DuckDb.Reading;

/// <summary>TIME (µs) and TIME_NS (ns) since midnight as <see cref="TimeOnly"/>.</summary>
internal sealed unsafe class TimeColumnReader(ColumnTypeInfo type, long ticksDivisor, long ticksMultiplier) : ColumnReader<TimeOnly>(type)
{
    public override TimeOnly Get(int row)
    {
        var ticks = ((long*)Data)[row] * ticksMultiplier / ticksDivisor;
        return ticks >= 0 && ticks <= TimeOnly.MaxValue.Ticks
            ? new TimeOnly(ticks)
            : throw new InvalidCastException($"The {Type.Name} value (e.g. 24:00:00) is outside the range of TimeOnly; cast it in SQL.");
    }
}

/// <summary>
/// TIME WITH TIME ZONE: high 40 bits µs since midnight, low 24 bits an encoded offset. Returned as a
/// <see cref="DateTimeOffset"/> on 1970-01-01, the only CLR type carrying a time and an offset.
/// </summary>
internal sealed unsafe class TimeTzColumnReader(ColumnTypeInfo type) : ColumnReader<DateTimeOffset>(type)
{
    private const int MaxOffsetSeconds = (16 * 60 * 60) - 1;

    public override DateTimeOffset Get(int row)
    {
        var bits = ((ulong*)Data)[row];
        var micros = (long)(bits >> 24);
        var offsetSeconds = MaxOffsetSeconds - (int)(bits & 0xFFFFFF);
        if (offsetSeconds % 60 != 0 || Math.Abs(offsetSeconds) > 14 * 60 * 60)
        {
            throw new InvalidCastException(
                "The TIME WITH TIME ZONE offset has seconds or exceeds ±14 hours, which DateTimeOffset cannot hold; cast it in SQL.");
        }

        return new DateTimeOffset(DateTime.UnixEpoch.Ticks + (micros * 10), TimeSpan.FromSeconds(offsetSeconds));
    }
}
