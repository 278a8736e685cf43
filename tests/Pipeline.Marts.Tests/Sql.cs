using System.Globalization;
using Pipeline.DuckDb;

namespace Pipeline.Marts.Tests;

/// <summary>Small query helpers over the provider, for the tests' own independent SQL.</summary>
internal static class Sql
{
    public static double Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? double.NaN : Convert.ToDouble(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Rows keyed by their first column (as text), the second column as a double.</summary>
    public static Dictionary<string, double> ByKey(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.Read())
        {
            rows[Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!] =
                reader.IsDBNull(1) ? double.NaN : Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return rows;
    }

    public static List<object?[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
