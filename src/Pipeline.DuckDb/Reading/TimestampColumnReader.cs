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

        return new DateTime(DateTime.UnixEpoch.Ticks + (raw * ticksMultiplier / ticksDivisor), kind);
    }
}
