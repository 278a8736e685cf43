namespace Pipeline.DuckDb.Tests;

/// <summary>Short forms for the SQL the behavioural tests run around the feature under test.</summary>
internal static class TestSql
{
    public static DuckDBConnection Open(string connectionString)
    {
        var connection = new DuckDBConnection(connectionString);
        connection.Open();
        return connection;
    }

    public static DuckDBConnection OpenMemory() => Open("Data Source=:memory:");

    public static int Exec(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>The first value of the first row, unboxed as exactly <typeparamref name="T"/> (count(*) is a long).</summary>
    public static T Scalar<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }

    /// <summary>Every value of the first column, in order.</summary>
    public static List<T> Column<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }
}
