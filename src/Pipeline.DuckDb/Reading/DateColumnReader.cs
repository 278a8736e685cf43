namespace Pipeline.DuckDb.Reading;

/// <summary>DATE: days since 1970-01-01 as <see cref="DateOnly"/>; ±infinity cannot be represented and is refused.</summary>
internal sealed unsafe class DateColumnReader(ColumnTypeInfo type) : ColumnReader<DateOnly>(type)
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public override DateOnly Get(int row)
    {
        var days = ((int*)Data)[row];
        if (days is int.MaxValue or -int.MaxValue)
        {
            throw new InvalidCastException("The DATE value is infinite and has no DateOnly equivalent; cast it in SQL.");
        }

        var dayNumber = (long)EpochDayNumber + days;
        return dayNumber >= 0 && dayNumber <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)dayNumber)
            : throw new InvalidCastException("The DATE value is outside the years 1 to 9999 of DateOnly; cast it in SQL.");
    }
}
