using System.Globalization;
using Pipeline.DuckDb;

namespace Pipeline.Transforms.Sql;

/// <summary>Small helpers to run the engine's own statements, one statement per command so DuckDB's LINE numbers stay exact.</summary>
internal static class Warehouse
{
    public static async Task ExecuteAsync(DuckDBConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> CountAsync(DuckDBConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public static async Task<List<string>> StringsAsync(DuckDBConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.IsDBNull(0) ? "" : reader.GetString(0));
        }

        return values;
    }

    /// <summary>What <paramref name="name"/> is in the <c>main</c> schema: a table, a view, or nothing.</summary>
    public static async Task<RelationKind> RelationKindAsync(DuckDBConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_type FROM information_schema.tables WHERE table_schema = 'main' AND lower(table_name) = lower($name)";
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken) switch
        {
            "VIEW" => RelationKind.View,
            string => RelationKind.Table,
            _ => RelationKind.None,
        };
    }
}
