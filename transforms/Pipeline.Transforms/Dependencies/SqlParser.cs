using System.Globalization;
using System.Text.Json;
using Pipeline.DuckDb;

namespace Pipeline.Transforms.Dependencies;

/// <summary>
/// Runs DuckDB's own parser over many SQL texts at once (<c>json_serialize_sql</c> on a column, in a
/// private in-memory database) and returns the tables each one reads. Nothing is bound: referenced
/// tables need not exist.
/// </summary>
internal static class SqlParser
{
    // Texts per batch: large enough to amortise a connection, small enough to spread over the cores.
    private const int BatchSize = 200;

    public static async Task<IReadOnlyList<ParseOutcome>> ParseAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var outcomes = new ParseOutcome[texts.Count];
        var batches = Enumerable.Range(0, (texts.Count + BatchSize - 1) / BatchSize)
            .Select(b => (Start: b * BatchSize, Count: Math.Min(BatchSize, texts.Count - (b * BatchSize))));
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (batch, token) => await ParseBatchAsync(texts, batch.Start, batch.Count, outcomes, token));
        return outcomes;
    }

    // One private in-memory database per batch: json_serialize_sql runs over a column, one query for the batch.
    private static async Task ParseBatchAsync(
        IReadOnlyList<string> texts, int start, int count, ParseOutcome[] outcomes, CancellationToken cancellationToken)
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:;threads=1");
        await connection.OpenAsync(cancellationToken);
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE pending_sql (id INTEGER, sql VARCHAR)";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        using (var appender = connection.CreateAppender("pending_sql"))
        {
            for (var i = start; i < start + count; i++)
            {
                appender.Append(i).Append(texts[i]).EndRow();
            }
        }

        await using var query = connection.CreateCommand();
        // Empty, null and default fields left out: a third less JSON to build, copy and read.
        query.CommandText = "SELECT id, json_serialize_sql(sql, skip_empty := true, skip_null := true, skip_default := true) FROM pending_sql";
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            outcomes[reader.GetInt32(0)] = Interpret(reader.GetString(1));
        }
    }

    private static ParseOutcome Interpret(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error) && error.GetBoolean())
        {
            return Failure(root);
        }

        var count = root.TryGetProperty("statements", out var statements) ? statements.GetArrayLength() : 0;
        return count switch
        {
            0 => ParseOutcome.Failure("le fichier ne contient aucune requête : écrivez une requête SELECT."),
            1 => new ParseOutcome { References = TableReferenceCollector.Collect(statements[0].GetProperty("node")) },
            var n => ParseOutcome.Failure(
                $"le fichier contient {n} requêtes : un modèle ou un test est une seule requête SELECT (les CTE « with » sont permises).",
                FirstLocation(statements[1])),
        };
    }

    private static ParseOutcome Failure(JsonElement root)
    {
        var message = root.TryGetProperty("error_message", out var m) ? m.GetString() ?? "" : "";
        long? offset = root.TryGetProperty("position", out var p)
            && long.TryParse(p.ValueKind == JsonValueKind.String ? p.GetString() : p.GetRawText(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
        if (message.StartsWith("Only SELECT statements", StringComparison.Ordinal))
        {
            return ParseOutcome.Failure(
                "seule une requête SELECT est admise (pas de CREATE, INSERT, UPDATE...) : l'engin crée lui-même la vue ou la table.");
        }

        return ParseOutcome.Failure($"erreur de syntaxe SQL : {message}", offset);
    }

    // The smallest query_location in a statement: where it starts, near enough for a line number.
    private static long? FirstLocation(JsonElement element)
    {
        long? best = null;
        Visit(element);
        return best;

        void Visit(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in e.EnumerateObject())
                {
                    if (property.NameEquals("query_location") && property.Value.ValueKind == JsonValueKind.Number
                        && property.Value.TryGetUInt64(out var v) && v != ulong.MaxValue && (best is null || (long)v < best))
                    {
                        best = (long)v;
                    }
                    else
                    {
                        Visit(property.Value);
                    }
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Visit(item);
                }
            }
        }
    }
}
