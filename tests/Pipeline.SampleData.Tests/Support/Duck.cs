using Dapper;
using Pipeline.DuckDb;

namespace Pipeline.SampleData.Tests.Support;

/// <summary>An in-memory DuckDB database: the independent reader of the CSV and JSON Lines extracts.</summary>
internal sealed class Duck : IDisposable
{
    public Duck()
    {
        Connection = new DuckDBConnection("Data Source=:memory:");
        Connection.Open();
    }

    public DuckDBConnection Connection { get; }

    /// <summary>A SQL string literal (file paths go into read_csv / read_json as literals).</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A quoted SQL identifier (headers such as <c>Date d'entrée</c>).</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public T Scalar<T>(string sql) => Connection.ExecuteScalar<T>(sql)!;

    public List<T> Query<T>(string sql) => Connection.Query<T>(sql).AsList();

    public void Execute(string sql) => Connection.Execute(sql);

    /// <summary>The column names and DuckDB types of a relation, in order.</summary>
    public List<(string Name, string Type)> Describe(string relation) =>
        Query<(string, string)>($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {relation})");

    public void Dispose() => Connection.Dispose();
}
