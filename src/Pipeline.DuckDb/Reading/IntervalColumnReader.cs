using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>
/// INTERVAL as <see cref="TimeSpan"/> when it has no months (a month has no fixed length), and always as
/// <see cref="DuckDBInterval"/> through GetFieldValue.
/// </summary>
internal sealed unsafe class IntervalColumnReader(ColumnTypeInfo type) : ColumnReader<TimeSpan>(type)
{
    public DuckDBInterval GetInterval(int row)
    {
        var value = ((IntervalNative*)Data)[row];
        return new DuckDBInterval(value.Months, value.Days, value.Micros);
    }

    public override TimeSpan Get(int row) => GetInterval(row).ToTimeSpan();
}
