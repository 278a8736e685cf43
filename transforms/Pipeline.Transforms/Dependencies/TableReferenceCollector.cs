using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Pipeline.Transforms.Dependencies;

/// <summary>
/// Walks the JSON syntax tree of <c>json_serialize_sql</c> and collects every base table read (FROM,
/// JOIN, subqueries, set operations...), leaving out names that resolve to a CTE in scope.
/// </summary>
/// <remarks>
/// Scoping follows DuckDB's binder: a WITH clause's CTEs are visible in the query that declares them and
/// its subqueries; inside a CTE only the CTEs declared before it are (a recursive CTE also sees itself),
/// so <c>with a as (select * from a)</c> reads the table <c>a</c>.
/// </remarks>
internal static class TableReferenceCollector
{
    // DuckDB writes an unknown query_location as ulong.MaxValue.
    private const ulong NoLocation = ulong.MaxValue;

    public static IReadOnlyList<TableReference> Collect(JsonElement statementNode)
    {
        var found = new List<TableReference>();
        Walk(statementNode, ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase), found);
        return found;
    }

    private static void Walk(JsonElement element, ImmutableHashSet<string> ctes, List<TableReference> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, ctes, found);
                }

                break;

            case JsonValueKind.Object:
                WalkObject(element, ctes, found);
                break;
        }
    }

    private static void WalkObject(JsonElement node, ImmutableHashSet<string> ctes, List<TableReference> found)
    {
        if (node.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("BASE_TABLE"))
        {
            AddBaseTable(node, ctes, found);
            return;
        }

        var scope = ctes;
        if (node.TryGetProperty("cte_map", out var cteMap) && cteMap.TryGetProperty("map", out var entries) && entries.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in entries.EnumerateArray())
            {
                var name = entry.GetProperty("key").GetString() ?? "";
                var query = entry.GetProperty("value").GetProperty("query");
                Walk(query, IsRecursive(query, name) ? scope.Add(name) : scope, found);
                scope = scope.Add(name);
            }
        }

        foreach (var property in node.EnumerateObject())
        {
            if (!property.NameEquals("cte_map"))
            {
                Walk(property.Value, scope, found);
            }
        }
    }

    private static void AddBaseTable(JsonElement node, ImmutableHashSet<string> ctes, List<TableReference> found)
    {
        var catalog = node.TryGetProperty("catalog_name", out var c) ? c.GetString() ?? "" : "";
        var schema = node.TryGetProperty("schema_name", out var s) ? s.GetString() ?? "" : "";
        var name = node.GetProperty("table_name").GetString() ?? "";
        if (catalog.Length == 0 && schema.Length == 0 && ctes.Contains(name))
        {
            return;
        }

        long? offset = null;
        if (node.TryGetProperty("query_location", out var location) && location.ValueKind == JsonValueKind.Number
            && location.TryGetUInt64(out var value) && value != NoLocation)
        {
            offset = (long)value;
        }
        else if (location.ValueKind == JsonValueKind.String
            && ulong.TryParse(location.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed != NoLocation)
        {
            offset = (long)parsed;
        }

        found.Add(new TableReference(catalog, schema, name, offset));
    }

    private static bool IsRecursive(JsonElement query, string name) =>
        query.TryGetProperty("node", out var inner)
        && inner.TryGetProperty("type", out var type) && type.ValueEquals("RECURSIVE_CTE_NODE")
        && inner.TryGetProperty("cte_name", out var cteName) && string.Equals(cteName.GetString(), name, StringComparison.OrdinalIgnoreCase);
}
