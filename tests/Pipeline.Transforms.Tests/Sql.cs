using System.Globalization;
using Pipeline.DuckDb;

namespace Pipeline.Transforms.Tests;

/// <summary>Reads query results as plain text rows, so expected values are written as literals.</summary>
internal static class Sql
{
    public static IReadOnlyList<string> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(string.Join('\t', values));
        }

        return rows;
    }
}
