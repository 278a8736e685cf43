using System.Runtime.CompilerServices;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// The write side: N rows generated in C# through <see cref="DuckDBAppender"/> into an empty table, against the
/// engine inserting the very same rows from range(N). Both tables are then checked against one checksum, so the
/// two sides are known to have done the same work.
/// </summary>
internal static class AppenderBenchmark
{
    public const string Table = "t2";

    /// <summary>Appends rows 0..N-1 (see <see cref="BenchmarkData"/>) and checks them in SQL.</summary>
    public static PhaseResult RunAppender(DuckDBConnection connection, long rows, string[] labels)
    {
        RecreateTable(connection);
        var (result, appended) = Phase.Measure(rows, () => Append(connection, rows, labels));
        Verify(connection, "the appender", appended);
        return result;
    }

    public static PhaseResult RunEngineInsert(DuckDBConnection connection, long rows, TableChecksum expected)
    {
        RecreateTable(connection);
        var result = Phase.Measure(rows, () => Sql.Execute(connection, $"INSERT INTO {Table} {BenchmarkData.PooledRows(rows)}"));
        Verify(connection, "the engine's insert", expected);
        return result;
    }

    /// <summary>The checksum of the rows <see cref="Append"/> writes, computed without DuckDB (the engine insert's reference).</summary>
    public static TableChecksum Expected(long rows, string[] labels)
    {
        long sumId = 0, sumLabelLength = 0, sumLabelLastChar = 0, sumDays = 0;
        double sumAmount = 0;
        for (long i = 0; i < rows; i++)
        {
            var label = labels[i % labels.Length];
            sumId += i;
            sumAmount += i * 0.5;
            sumLabelLength += label.Length;
            sumLabelLastChar += label[^1];
            sumDays += Day(i).DayNumber - TableChecksum.EpochDayNumber;
        }

        return new TableChecksum(rows, sumId, sumAmount, sumLabelLength, sumLabelLastChar, sumDays);
    }

    /// <summary>The timed loop: four typed appends per row. Returns the checksum of what it appended.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs a few times only: see ReaderBenchmark.Read
    private static TableChecksum Append(DuckDBConnection connection, long rows, string[] labels)
    {
        long sumId = 0, sumLabelLength = 0, sumLabelLastChar = 0, sumDays = 0;
        double sumAmount = 0;
        using (var appender = connection.CreateAppender(Table))
        {
            for (long i = 0; i < rows; i++)
            {
                var amount = i * 0.5;
                var label = labels[i % labels.Length];
                var day = Day(i);
                appender.Append(i).Append(amount).Append(label).Append(day).EndRow();

                // The same sums the reader keeps, so the table can be checked against what was really sent.
                sumId += i;
                sumAmount += amount;
                sumLabelLength += label.Length;
                sumLabelLastChar += label[^1];
                sumDays += day.DayNumber - TableChecksum.EpochDayNumber;
            }

            // Close is timed: it hands the last chunk to DuckDB and commits.
            appender.Close();
        }

        return new TableChecksum(rows, sumId, sumAmount, sumLabelLength, sumLabelLastChar, sumDays);
    }

    private static DateOnly Day(long i) => DateOnly.FromDayNumber(BenchmarkData.FirstDay.DayNumber + (int)(i % BenchmarkData.DaySpan));

    private static void RecreateTable(DuckDBConnection connection)
    {
        Sql.Execute(connection, $"DROP TABLE IF EXISTS {Table}");
        Sql.Execute(connection, BenchmarkData.CreateTable(Table));
    }

    /// <summary>Checks the table against the expected checksum, then drops it so its memory does not count in later phases.</summary>
    private static void Verify(DuckDBConnection connection, string what, TableChecksum expected)
    {
        var actual = TableChecksum.FromSql(connection, Table);
        Sql.Execute(connection, $"DROP TABLE {Table}");
        if (!actual.Matches(expected))
        {
            throw new ChecksumMismatchException(what, expected, actual);
        }
    }
}
