namespace Pipeline.DuckDb;

/// <summary>A DuckDB INTERVAL: months, days and microseconds, kept apart because a month has no fixed length.</summary>
public readonly record struct DuckDBInterval(int Months, int Days, long Micros)
{
    /// <summary>The interval as a <see cref="TimeSpan"/>; refused when it counts months.</summary>
    public TimeSpan ToTimeSpan()
    {
        if (Months != 0)
        {
            throw new InvalidCastException($"An INTERVAL of {Months} month(s) has no fixed length and cannot be a TimeSpan; read it as DuckDBInterval.");
        }

        var ticks = ((Int128)Days * TimeSpan.TicksPerDay) + ((Int128)Micros * 10);
        return ticks >= TimeSpan.MinValue.Ticks && ticks <= TimeSpan.MaxValue.Ticks
            ? TimeSpan.FromTicks((long)ticks)
            : throw new InvalidCastException("The INTERVAL is longer than a TimeSpan can hold; read it as DuckDBInterval.");
    }

    /// <summary>A <see cref="TimeSpan"/> as days and microseconds.</summary>
    public static DuckDBInterval FromTimeSpan(TimeSpan value) => new(0, value.Days, (value.Ticks % TimeSpan.TicksPerDay) / 10);
}
