using Pipeline.DuckDb;
using Pipeline.Transforms.Graph;

namespace Pipeline.Transforms.Artifacts;

/// <summary>The columns the warehouse actually holds for each relation of the <c>main</c> and <c>raw</c> schemas.</summary>
internal sealed class WarehouseCatalog
{
    private readonly Dictionary<string, List<ColumnInfo>> columns;

    private WarehouseCatalog(Dictionary<string, List<ColumnInfo>> columns) => this.columns = columns;

    public static WarehouseCatalog Empty { get; } = new(new Dictionary<string, List<ColumnInfo>>(StringComparer.OrdinalIgnoreCase));

    public static async Task<WarehouseCatalog> ReadAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, List<ColumnInfo>>(StringComparer.OrdinalIgnoreCase);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT table_schema, table_name, column_name, data_type
            FROM information_schema.columns
            WHERE table_schema IN ('main', 'raw')
            ORDER BY table_schema, table_name, ordinal_position
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = $"{reader.GetString(0)}.{reader.GetString(1)}";
            if (!found.TryGetValue(key, out var list))
            {
                found[key] = list = [];
            }

            list.Add(new ColumnInfo(reader.GetString(2), null, reader.GetString(3)));
        }

        return new WarehouseCatalog(found);
    }

    /// <summary>Columns of <paramref name="schema"/>.<paramref name="name"/> in the warehouse; empty when it does not exist.</summary>
    public IReadOnlyList<ColumnInfo> ColumnsOf(string schema, string name) =>
        columns.GetValueOrDefault($"{schema}.{name}") ?? [];

    /// <summary>
    /// The warehouse's columns, in their order, with the YAML's descriptions (and declared types when the
    /// relation is not built), followed by documented columns the warehouse lacks.
    /// </summary>
    public IReadOnlyList<ColumnInfo> Merge(string schema, string name, IReadOnlyList<ColumnInfo> documented)
    {
        var actual = ColumnsOf(schema, name);
        var byName = documented.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var merged = actual
            .Select(c => byName.TryGetValue(c.Name, out var doc) ? c with { Description = doc.Description } : c)
            .ToList();
        merged.AddRange(documented.Where(d => !actual.Any(a => string.Equals(a.Name, d.Name, StringComparison.OrdinalIgnoreCase))));
        return merged;
    }
}
