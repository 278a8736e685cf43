namespace Pipeline.DuckDb.Reading;

/// <summary>
/// TIMESTAMP, TIMESTAMP_S/_MS/_NS (unspecified kind) and TIMESTAMPTZ (a UTC instant) as <see cref="DateTime"/>.
/// </summary>
internal sealed unsafe class TimestampColumnReader(ColumnTypeInfo type, long ticksMultiplier, long ticksDivisor, DateTimeKind kind)
    : ColumnReader<DateTime>(type)
{
    public override DateTime Get(int row)
    {
        var raw = ((long*)Data)[row];
        if (raw is long.MaxValue or -long.MaxValue)
        {
            throw new InvalidCastException($"The {Type.Name} value is infinite and has no DateTime equivalent; cast it in SQL.");
        }

        // Int128 cannot overflow, and flooring drops the sub-tick digits of instants before 1970 as it does after.
        var scaled = (Int128)raw * ticksMultiplier;
        var ticks = DateTime.UnixEpoch.Ticks + (scaled / ticksDivisor) - (scaled % ticksDivisor < 0 ? 1 : 0);
        return ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
            ? new DateTime((long)ticks, kind)
            : throw new InvalidCastException($"The {Type.Name} value is outside the years 1 to 9999 of DateTime; cast it in SQL.");
    }
}
