namespace Pipeline.DuckDb.Reading;

/// <summary>DATE: days since 1970-01-01 as <see cref="DateOnly"/>; ±infinity cannot be represented and is refused.</summary>
internal sealed unsafe class DateColumnReader(ColumnTypeInfo type) : ColumnReader<DateOnly>(type)
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public override DateOnly Get(int row)
    {
        var days = ((int*)Data)[row];
        return days is int.MaxValue or -int.MaxValue
            ? throw new InvalidCastException("The DATE value is infinite and has no DateOnly equivalent; cast it in SQL.")
            : DateOnly.FromDayNumber(EpochDayNumber + days);
    }
}
