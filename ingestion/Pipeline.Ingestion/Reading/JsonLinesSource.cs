using System.Text.Json;
using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// Loads a JSON Lines file: the keys of the first object are the header; a later object with keys the
/// header lacks keeps them as stray values (flagged by validation); a line that is not JSON is rejected.
/// </summary>
internal static class JsonLinesSource
{
    public static SourceTable Load(DuckDBConnection work, string path, string table)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var rejected = new List<RejectedLine>();
        List<string>? header = null;
        TextTableBuilder? builder = null;
        var line = 0L;
        try
        {
            while (reader.ReadLine() is { } text)
            {
                line++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(text);
                }
                catch (JsonException e)
                {
                    rejected.Add(new RejectedLine(line, text, "JSON INVALIDE : " + e.Message));
                    continue;
                }

                using (document)
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        rejected.Add(new RejectedLine(line, text, "PAS UN OBJET JSON"));
                        continue;
                    }

                    var properties = document.RootElement.EnumerateObject().ToList();
                    if (header is null)
                    {
                        header = properties.Select(p => p.Name).ToList();
                        builder = new TextTableBuilder(work, table, header.Count);
                    }

                    var byName = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                    foreach (var property in properties)
                    {
                        byName.TryAdd(property.Name, property.Value);
                    }

                    var values = header.Select(h => byName.TryGetValue(h, out var v) ? Text(v) : null).ToList();
                    var extra = string.Join(" | ", properties.Where(p => !header.Contains(p.Name)).Select(p => $"{p.Name}={Text(p.Value)}"));
                    builder!.Add(line, values, extra.Length == 0 ? null : extra);
                }
            }

            builder ??= new TextTableBuilder(work, table, 0);
            return new SourceTable(table, header ?? [], null, rejected, 0);
        }
        finally
        {
            builder?.Dispose();
        }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => value.GetRawText(),
    };
}
