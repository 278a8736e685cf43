namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// What the read loop does with each row. Visitors are structs so that the generic loop is compiled once per
/// visitor with the calls inlined: the loop itself costs nothing next to the getters being measured.
/// </summary>
internal interface IRowVisitor
{
    void Visit(DuckDBDataReader reader);

    /// <summary>The aggregates of what was visited; columns a visitor skips stay 0.</summary>
    TableChecksum Result(long rows);
}

/// <summary>The benchmark proper: every value of t(id, amount, label, day) read with its typed getter.</summary>
internal struct AllColumnsVisitor : IRowVisitor
{
    private long sumId;
    private double sumAmount;
    private long sumLabelLength;
    private long sumLabelLastChar;
    private long sumDays;

    public void Visit(DuckDBDataReader reader)
    {
        sumId += reader.GetInt64(0);
        sumAmount += reader.GetDouble(1);
        var label = reader.GetString(2);
        sumLabelLength += label.Length;
        sumLabelLastChar += label.Length == 0 ? 0 : label[^1];
        sumDays += reader.GetFieldValue<DateOnly>(3).DayNumber - TableChecksum.EpochDayNumber;
    }

    public readonly TableChecksum Result(long rows) => new(rows, sumId, sumAmount, sumLabelLength, sumLabelLastChar, sumDays);
}

/// <summary>Read() only: the cost of fetching chunks from DuckDB and stepping through rows.</summary>
internal struct RowsOnlyVisitor : IRowVisitor
{
    public readonly void Visit(DuckDBDataReader reader)
    {
    }

    public readonly TableChecksum Result(long rows) => new(rows, 0, 0, 0, 0, 0);
}

/// <summary>The three fixed-width columns: BIGINT, DOUBLE, DATE.</summary>
internal struct FixedWidthVisitor : IRowVisitor
{
    private long sumId;
    private double sumAmount;
    private long sumDays;

    public void Visit(DuckDBDataReader reader)
    {
        sumId += reader.GetInt64(0);
        sumAmount += reader.GetDouble(1);
        sumDays += reader.GetFieldValue<DateOnly>(3).DayNumber - TableChecksum.EpochDayNumber;
    }

    public readonly TableChecksum Result(long rows) => new(rows, sumId, sumAmount, 0, 0, sumDays);
}

/// <summary>The VARCHAR column only: UTF-8 decoding and one string allocation per row.</summary>
internal struct StringOnlyVisitor : IRowVisitor
{
    private long sumLabelLength;
    private long sumLabelLastChar;

    public void Visit(DuckDBDataReader reader)
    {
        var label = reader.GetString(2);
        sumLabelLength += label.Length;
        sumLabelLastChar += label.Length == 0 ? 0 : label[^1];
    }

    public readonly TableChecksum Result(long rows) => new(rows, 0, 0, sumLabelLength, sumLabelLastChar, 0);
}
