namespace Pipeline.DuckDb.Tests.Types;

/// <summary>
/// Short forms for the type round-trip tests. Every test opens its own private <c>:memory:</c> database, with the
/// session time zone pinned to UTC unless it asks for another one, so no state is shared between parallel tests.
/// </summary>
internal static class TypeTestDatabase
{
    public const string Utc = "Data Source=:memory:;TimeZone=UTC";

    public static DuckDBConnection Open(string connectionString = Utc)
    {
        var connection = new DuckDBConnection(connectionString);
        connection.Open();
        return connection;
    }

    public static DuckDBCommand Command(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    public static int Exec(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and positions the reader on its first row.</summary>
    public static DuckDBDataReader Row(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"No row returned by: {sql}");
        return reader;
    }

    /// <summary>The first value of the first row as DuckDB's own text (the query is expected to cast it to VARCHAR).</summary>
    public static string? Text(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var reader = Row(connection, sql, parameters);
        return reader.IsDBNull(0) ? null : reader.GetString(0);
    }
}
