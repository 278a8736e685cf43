namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// Aggregates over every value of a benchmark table: the row count, the sums of ids, amounts, label lengths,
/// labels' last characters (so the content is checked, not only the length) and day numbers. Computed once in
/// C# from what the provider returned or was given, once in SQL by the engine; the two must agree.
/// </summary>
internal readonly record struct TableChecksum(long Rows, long SumId, double SumAmount, long SumLabelLength, long SumLabelLastChar, long SumDays)
{
    /// <summary>DATE values are summed as days since 1970-01-01, DuckDB's own representation.</summary>
    public static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static TableChecksum FromSql(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        // coalesce: sums of an empty table are NULL. ::BIGINT: sum(BIGINT) is a HUGEINT in DuckDB.
        command.CommandText =
            $"""
            SELECT count(*),
                   coalesce(sum(id), 0)::BIGINT,
                   coalesce(sum(amount), 0),
                   coalesce(sum(length(label)), 0)::BIGINT,
                   coalesce(sum(ascii(right(label, 1))), 0)::BIGINT,
                   coalesce(sum(day - DATE '1970-01-01'), 0)::BIGINT
            FROM {table}
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new TableChecksum(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5));
    }

    /// <summary>
    /// Equal, with the amounts compared to 1e-12 relative: exact below 2^53 (multiples of 0.5), but past a few
    /// hundred million rows the sums round differently depending on DuckDB's parallel summation order.
    /// </summary>
    public bool Matches(TableChecksum other) =>
        this with { SumAmount = 0 } == other with { SumAmount = 0 }
        && Math.Abs(SumAmount - other.SumAmount) <= 1e-12 * Math.Max(1, Math.Abs(SumAmount));

    public override string ToString() =>
        FormattableString.Invariant(
            $"rows={Rows} sum(id)={SumId} sum(amount)={SumAmount:R} sum(len(label))={SumLabelLength} sum(last char)={SumLabelLastChar} sum(days)={SumDays}");
}

/// <summary>Thrown when the provider's values disagree with the engine's: the run stops, exit code 1.</summary>
internal sealed class ChecksumMismatchException(string what, TableChecksum expected, TableChecksum actual)
    : Exception($"CHECKSUM MISMATCH in {what}:{Environment.NewLine}  expected {expected}{Environment.NewLine}  found    {actual}");
