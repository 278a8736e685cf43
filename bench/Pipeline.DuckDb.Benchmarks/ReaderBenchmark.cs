using System.Runtime.CompilerServices;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>
/// The read side: SELECT * FROM a table through <see cref="DuckDBDataReader"/>, against DuckDB copying the same
/// table inside the engine (CREATE TABLE t_copy AS SELECT * FROM t), which scans the same rows without ever
/// handing them to .NET.
/// </summary>
internal static class ReaderBenchmark
{
    private const string CopyTable = "t_copy";

    /// <summary>Reads every value of <paramref name="table"/>, checks it against <paramref name="expected"/>, and times it.</summary>
    public static PhaseResult RunReader(DuckDBConnection connection, string table, TableChecksum expected)
    {
        var (result, actual) = Phase.Measure(expected.Rows, () => Read<AllColumnsVisitor>(connection, $"SELECT * FROM {table}"));
        if (!actual.Matches(expected))
        {
            throw new ChecksumMismatchException($"the reader over {table}", expected, actual);
        }

        return result;
    }

    /// <summary>The in-engine baseline; the copy is counted (untimed) and dropped so runs do not accumulate tables.</summary>
    public static PhaseResult RunEngineCopy(DuckDBConnection connection, string table, long rows)
    {
        Sql.Execute(connection, $"DROP TABLE IF EXISTS {CopyTable}");
        var result = Phase.Measure(rows, () => Sql.Execute(connection, $"CREATE TABLE {CopyTable} AS SELECT * FROM {table}"));
        var copied = Sql.ScalarInt64(connection, $"SELECT count(*) FROM {CopyTable}");
        Sql.Execute(connection, $"DROP TABLE {CopyTable}");
        if (copied != rows)
        {
            throw new InvalidOperationException($"The engine copy of {table} has {copied} rows, not {rows}.");
        }

        return result;
    }

    /// <summary>
    /// The read loop, compiled once per visitor. Fully optimised from the first call: it runs only a handful of
    /// times, so tiered JIT would otherwise leave it in an on-stack-replacement build that varies between runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TableChecksum Read<TVisitor>(DuckDBConnection connection, string sql)
        where TVisitor : struct, IRowVisitor
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var visitor = default(TVisitor);
        long rows = 0;
        while (reader.Read())
        {
            visitor.Visit(reader);
            rows++;
        }

        return visitor.Result(rows);
    }
}
