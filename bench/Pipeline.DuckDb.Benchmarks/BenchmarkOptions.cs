using System.Globalization;

namespace Pipeline.DuckDb.Benchmarks;

/// <summary>The command line of the benchmark program.</summary>
internal sealed record BenchmarkOptions(long Rows, int Runs, int Threads, string? JsonPath, bool Breakdown, bool ShowHelp)
{
    public const long DefaultRows = 10_000_000;
    public const int DefaultRuns = 3;
    public const int DefaultThreads = 2;

    // 10 so that the N/10 read has rows; 2e9 so that sum(id) stays inside a BIGINT and the 14-digit labels stay 20 chars.
    private const long MinRows = 10;
    private const long MaxRows = 2_000_000_000;

    public static string HelpText { get; } =
        """
        Pipeline.DuckDb.Benchmarks: throughput and memory of the provider's DuckDBDataReader and DuckDBAppender,
        each compared with DuckDB doing the same work inside the engine, in the same process and run.

        Usage:
          dotnet run -c Release --project bench/Pipeline.DuckDb.Benchmarks -- [options]

        Options:
          --rows N       rows of the benchmark tables (default 10000000; '_' separators allowed, e.g. 10_000_000)
          --runs K       timed runs of every benchmark; the median time is reported (default 3)
          --threads T    DuckDB worker threads, passed as threads=T in the connection string (default 2)
          --json PATH    also write the results as JSON to PATH
          --breakdown    after the runs, time the read loop K more times touching only some columns (where the time goes)
          -h, --help     show this help

        What runs, in an in-memory database holding t(id BIGINT, amount DOUBLE, label VARCHAR, day DATE):
          read    SELECT * FROM t through DuckDBDataReader at N/10 and N rows, every value read with its typed
                  getter and checked against the same aggregates computed in SQL.
                  Engine baseline: CREATE TABLE t_copy AS SELECT * FROM t.
          append  N rows generated in C# through DuckDBAppender into an empty table of the same shape, checked in SQL.
                  Engine baseline: INSERT INTO t2 SELECT ... FROM range(N), producing the same rows.

        Targets (reported, never enforced): reader within 4x of the in-engine copy, appender within 3x of the
        in-engine insert, reader memory flat in the row count.

        Exit codes: 0 the run completed (targets met or not), 1 a checksum did not match (the provider read or
        wrote wrong values), 2 the command line is wrong.
        """;

    /// <summary>Parses the arguments; throws <see cref="UsageException"/> on anything it does not understand.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions(DefaultRows, DefaultRuns, DefaultThreads, null, Breakdown: false, ShowHelp: false);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            options = arg switch
            {
                "-h" or "--help" or "-?" => options with { ShowHelp = true },
                "--rows" => options with { Rows = ParseNumber(arg, Value(args, ref i), MinRows, MaxRows) },
                "--runs" => options with { Runs = (int)ParseNumber(arg, Value(args, ref i), 1, 1000) },
                "--threads" => options with { Threads = (int)ParseNumber(arg, Value(args, ref i), 1, 1024) },
                "--json" => options with { JsonPath = Value(args, ref i) },
                "--breakdown" => options with { Breakdown = true },
                _ => throw new UsageException($"Unknown argument '{arg}'."),
            };
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int index)
    {
        var name = args[index];
        if (++index >= args.Count || string.IsNullOrWhiteSpace(args[index]))
        {
            throw new UsageException($"{name} needs a value.");
        }

        return args[index];
    }

    private static long ParseNumber(string name, string text, long min, long max)
    {
        if (!long.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            throw new UsageException($"{name} must be a whole number from {min} to {max}, not '{text}'.");
        }

        return value;
    }
}

/// <summary>A command-line mistake: reported with a pointer to --help, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
