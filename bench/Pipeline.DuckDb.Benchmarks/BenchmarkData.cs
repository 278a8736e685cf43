using System.Globalization;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// The shape and the generator of the benchmark rows, in SQL and in C#. Row i is
/// (i, i * 0.5, a 20-char label, 2000-01-01 + i % 9000 days): the amounts are multiples of 0.5, so their sums
/// are exact in a double whatever the summation order, and the checksums can be compared for equality.
/// </summary>
internal static class BenchmarkData
{
    /// <summary>Distinct labels of the appended rows: enough to defeat caching, few enough to stay in L2.</summary>
    public const int LabelPoolSize = 4096;

    /// <summary>About 24.6 years of dates, so DATE values span 2000–2024.</summary>
    public const int DaySpan = 9000;

    public const string LabelPrefix = "label-";

    /// <summary>Digits after the prefix: 6 + 14 = 20 chars, past DuckDB's 12-byte inline limit, so every label is a heap string.</summary>
    public const int LabelDigits = 14;

    public static readonly DateOnly FirstDay = new(2000, 1, 1);

    public static string CreateTable(string name) => $"CREATE TABLE {name} (id BIGINT, amount DOUBLE, label VARCHAR, day DATE)";

    /// <summary>Rows 0..N-1 with a distinct label per row ('label-00000000000042'): the table the reader reads.</summary>
    public static string DistinctRows(long rows) => RowsSql(rows, labelNumber: "i");

    /// <summary>
    /// Rows 0..N-1 labelled from the pool ('label-' || i % 4096): exactly what <see cref="AppenderBenchmark"/>
    /// appends, so the engine's insert and the appender build the same table and share one checksum.
    /// </summary>
    public static string PooledRows(long rows) => RowsSql(rows, labelNumber: $"i % {LabelPoolSize}");

    /// <summary>The pool of labels the appender uses: built once, so string formatting is not what is timed.</summary>
    public static string[] LabelPool() =>
        Enumerable.Range(0, LabelPoolSize)
            .Select(k => LabelPrefix + k.ToString(CultureInfo.InvariantCulture).PadLeft(LabelDigits, '0'))
            .ToArray();

    private static string RowsSql(long rows, string labelNumber) =>
        $"""
        SELECT i AS id,
               i * 0.5::DOUBLE AS amount,
               '{LabelPrefix}' || lpad(({labelNumber})::VARCHAR, {LabelDigits}, '0') AS label,
               DATE '{FirstDay:yyyy-MM-dd}' + (i % {DaySpan})::INTEGER AS day
        FROM range({rows}) r(i)
        """;
}
