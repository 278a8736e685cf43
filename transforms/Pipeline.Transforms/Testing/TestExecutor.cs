using Pipeline.DuckDb;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Testing;

/// <summary>Runs a test's query: counts the failing rows and keeps up to five of them as JSON.</summary>
internal static class TestExecutor
{
    /// <summary>Failing rows shown in run results.</summary>
    public const int SampleSize = 5;

    // The test's SQL starts on the line after this prefix.
    private const string CountPrefix = "SELECT count(*) FROM (\n";

    /// <exception cref="SqlFailure">The test's query failed.</exception>
    public static async Task<(long Failures, IReadOnlyList<string> Samples)> RunAsync(
        DuckDBConnection connection, DataTest test, NullCounts nullCounts, CancellationToken cancellationToken)
    {
        var body = SourceText.WithoutFinalSemicolon(test.Sql);
        var failures = test.NullCheck is { } check ? await nullCounts.CountAsync(connection, check, cancellationToken) : null;
        try
        {
            failures ??= await Warehouse.CountAsync(connection, $"{CountPrefix}{body}\n) AS failures", cancellationToken);
        }
        catch (DuckDBException e) when (e.ErrorType != DuckDBErrorType.Interrupt || !cancellationToken.IsCancellationRequested)
        {
            throw new SqlFailure(e.Message, SourceText.LineBreaks(CountPrefix), e);
        }

        if (failures == 0)
        {
            return (0, []);
        }

        try
        {
            var samples = await Warehouse.StringsAsync(connection,
                $"SELECT to_json(failures)::VARCHAR FROM (\n{body}\n) AS failures LIMIT {SampleSize}", cancellationToken);
            return (failures.Value, samples);
        }
        catch (DuckDBException e) when (e.ErrorType != DuckDBErrorType.Interrupt)
        {
            // Rows DuckDB cannot turn into JSON (duplicate column names...): the count is what matters.
            return (failures.Value, []);
        }
    }
}
