using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Testing;

/// <summary>The failing-rows query of each generic test, as dbt defines them.</summary>
internal static class GenericTestSql
{
    /// <param name="relation">The tested relation, already quoted (<c>"stg_x"</c>, <c>"raw"."parcours"</c>).</param>
    /// <param name="where">Optional filter (<c>config: where:</c>).</param>
    public static string Relation(string relation, string? where) =>
        where is null ? relation : $"(SELECT * FROM {relation} WHERE {where})";

    /// <summary>A column name quoted; anything else (an expression) as written.</summary>
    public static string Column(string column) => SqlIdentifier.IsSimple(column) ? SqlIdentifier.Quote(column) : column;

    public static string NotNull(string relation, string column) =>
        $"SELECT * FROM {relation} AS tested WHERE {column} IS NULL";

    public static string Unique(string relation, string column) =>
        $"SELECT {column} AS unique_field, count(*) AS n_records FROM {relation} AS tested "
        + $"WHERE {column} IS NOT NULL GROUP BY {column} HAVING count(*) > 1";

    /// <remarks>Values are written as string literals: DuckDB casts a literal to the column's type, numbers included.</remarks>
    public static string AcceptedValues(string relation, string column, IReadOnlyList<string> values) =>
        $"SELECT {column} AS value_field, count(*) AS n_records FROM {relation} AS tested WHERE {column} IS NOT NULL "
        + $"AND {column} NOT IN ({string.Join(", ", values.Select(SqlIdentifier.Literal))}) GROUP BY {column}";

    public static string Relationships(string relation, string column, string parent, string field) =>
        $"SELECT tested.{column} AS from_field FROM {relation} AS tested WHERE tested.{column} IS NOT NULL "
        + $"AND NOT EXISTS (SELECT 1 FROM {parent} AS parent WHERE parent.{field} = tested.{column})";
}
