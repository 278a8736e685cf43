using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Pipeline.DuckDb;

namespace Pipeline.Transforms.Testing;

/// <summary>
/// The <c>not_null</c> tests of one relation answered by one scan: the first of them to run counts the
/// nulls of every column they check, the others read their count. A model with twelve such tests was
/// scanned twelve times, a third of the tests' time in a build. Each test keeps its own result; the
/// failing rows shown for one that fails still come from its own query.
/// </summary>
internal sealed class NullCounts
{
    private readonly Dictionary<string, NullCheck[]> checksByRelation;
    private readonly ConcurrentDictionary<string, Lazy<Task<long[]?>>> scans = new(StringComparer.Ordinal);

    /// <param name="tests">The run's tests; only the <c>not_null</c> ones are grouped.</param>
    public NullCounts(IEnumerable<DataTest> tests) =>
        checksByRelation = tests.Select(t => t.NullCheck).OfType<NullCheck>().Distinct()
            .GroupBy(c => c.Relation, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The rows where <paramref name="check"/>'s column is null, from the shared scan of its relation; null when
    /// that scan failed (a column that does not exist...), so that the test's own query reports the error.
    /// </summary>
    public async Task<long?> CountAsync(DuckDBConnection connection, NullCheck check, CancellationToken cancellationToken)
    {
        if (!checksByRelation.TryGetValue(check.Relation, out var checks) || checks.Length < 2)
        {
            return null;
        }

        var scan = scans.GetOrAdd(check.Relation, _ => new Lazy<Task<long[]?>>(() => ScanAsync(connection, check.Relation, checks, cancellationToken)));
        var counts = await scan.Value;
        return counts?[Array.IndexOf(checks, check)];
    }

    private static async Task<long[]?> ScanAsync(
        DuckDBConnection connection, string relation, NullCheck[] checks, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder("SELECT ");
        for (var i = 0; i < checks.Length; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"count(*) FILTER (WHERE {checks[i].Column} IS NULL)");
        }

        sql.Append(" FROM ").Append(relation).Append(" AS tested");
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return [.. Enumerable.Range(0, checks.Length).Select(i => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture))];
        }
        catch (DuckDBException e) when (e.ErrorType != DuckDBErrorType.Interrupt)
        {
            return null;
        }
    }
}

/// <summary>What a <c>not_null</c> test checks: a column (or expression) of a relation (with its <c>where</c> filter).</summary>
internal sealed record NullCheck(string Relation, string Column);
