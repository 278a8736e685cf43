using Dapper;

namespace Pipeline.DuckDb.Tests;

public sealed class ParameterTests
{
    [Theory]
    [InlineData("name")]
    [InlineData("$name")]
    [InlineData("@name")]
    [InlineData(":name")]
    [InlineData("NAME")]
    [InlineData("$Name")]
    public void A_named_parameter_binds_whatever_its_prefix_and_case(string parameterName)
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT $name || '!'", connection);
        command.Parameters.AddWithValue(parameterName, "hello");

        Assert.Equal("hello!", command.ExecuteScalar());
    }

    [Fact]
    public void Question_marks_bind_by_position()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT ? - ?, ?", connection);
        command.Parameters.Add(new DuckDBParameter(10));
        command.Parameters.Add(new DuckDBParameter(3));
        command.Parameters.Add(new DuckDBParameter("third"));
        using var reader = command.ExecuteReader();

        Assert.True(reader.Read());
        Assert.Equal(7, reader.GetInt32(0));
        Assert.Equal("third", reader.GetString(1));
    }

    [Fact]
    public void Numbered_parameters_bind_by_their_number()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT $2 - $1, $1", connection);
        command.Parameters.Add(new DuckDBParameter(10));
        command.Parameters.Add(new DuckDBParameter(3));
        using var reader = command.ExecuteReader();

        Assert.True(reader.Read());
        Assert.Equal(-7, reader.GetInt32(0));
        Assert.Equal(10, reader.GetInt32(1));
    }

    [Fact]
    public void A_named_parameter_can_be_used_twice()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT $x * 100 + $x", connection);
        command.Parameters.AddWithValue("x", 7);

        Assert.Equal(707, command.ExecuteScalar());
    }

    [Fact]
    public void Parameters_bind_in_every_statement_of_a_script()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("CREATE TABLE t(v INTEGER); INSERT INTO t VALUES ($v), ($v + 1); SELECT sum(v)::INTEGER FROM t WHERE v >= $v", connection);
        command.Parameters.AddWithValue("v", 20);

        Assert.Equal(41, command.ExecuteScalar());
    }

    [Fact]
    public void A_missing_parameter_is_an_error_naming_it()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT $present + $absent", connection);
        command.Parameters.AddWithValue("present", 1);

        var error = Assert.Throws<DuckDBException>(() => command.ExecuteScalar());

        Assert.Contains("No value was given for parameter $absent", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDBErrorType.ParameterNotResolved, error.ErrorType);
        Assert.Equal(1, TestSql.Scalar<int>(connection, "SELECT 1"));
    }

    [Fact]
    public void A_missing_positional_parameter_is_an_error_naming_its_position()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT ? + ?", connection);
        command.Parameters.Add(new DuckDBParameter(1));

        var error = Assert.Throws<DuckDBException>(() => command.ExecuteScalar());

        Assert.Contains("No value was given for parameter $2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_written_with_at_names_gets_a_hint_to_write_dollar_names()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(id INTEGER); INSERT INTO t VALUES (-1), (1), (2)");
        using var command = new DuckDBCommand("DELETE FROM t WHERE id = @id AND 'mail@example.org' <> ''", connection);
        command.Parameters.AddWithValue("@id", 2);

        // DuckDB alone would read @id as abs(id), a column, and delete the rows -1 and 1 without a word.
        var error = Assert.Throws<DuckDBException>(() => command.ExecuteNonQuery());

        Assert.Contains("'@' is an operator in DuckDB, not a parameter prefix: write $id instead of @id.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("$example", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDBErrorType.ParameterNotResolved, error.ErrorType);
        Assert.Equal(3L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));

        command.CommandText = "DELETE FROM t WHERE id = $id";
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    [Fact]
    public void Sql_with_at_names_and_no_parameters_fails_with_the_hint()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT @stamp", connection);

        var error = Assert.Throws<DuckDBException>(() => command.ExecuteScalar());

        Assert.Equal(DuckDBErrorType.Binder, error.ErrorType);
        Assert.StartsWith("Binder Error: Referenced column \"stamp\" was not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("write $stamp instead of @stamp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_at_operator_still_works_when_no_parameter_has_its_name()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT (@v) + $w FROM (VALUES (-5)) t(v)", connection);
        command.Parameters.AddWithValue("w", 1);

        Assert.Equal(6, command.ExecuteScalar());
    }

    [Fact]
    public void Unused_parameters_are_ignored()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT $used", connection);
        command.Parameters.AddWithValue("unused", 1);
        command.Parameters.AddWithValue("used", 2);
        command.Parameters.AddWithValue("also_unused", "x");

        Assert.Equal(2, command.ExecuteScalar());
    }

    [Fact]
    public void Null_and_DBNull_bind_as_NULL()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT $a IS NULL AND $b IS NULL", connection);
        command.Parameters.AddWithValue("a", null);
        command.Parameters.AddWithValue("b", DBNull.Value);

        Assert.Equal(true, command.ExecuteScalar());
    }

    [Fact]
    public void A_list_parameter_works_with_any()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT list(i ORDER BY i) FROM range(10) r(i) WHERE i = ANY($ids)", connection);
        command.Parameters.AddWithValue("ids", new long[] { 8, 1, 3, 42 });

        Assert.Equal([1L, 3L, 8L], Assert.IsAssignableFrom<System.Collections.IEnumerable>(command.ExecuteScalar()).Cast<long>());

        command.Parameters.Clear();
        command.Parameters.AddWithValue("ids", new List<string> { "a", "b" });
        command.CommandText = "SELECT count(*) FROM (VALUES ('a'), ('b'), ('c')) v(s) WHERE s = ANY($ids)";
        Assert.Equal(2L, command.ExecuteScalar());
    }

    [Fact]
    public void A_parameter_can_be_rebound_between_executions()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT $x * 2", connection);
        var parameter = command.Parameters.AddWithValue("x", 1);
        Assert.Equal(2, command.ExecuteScalar());

        parameter.Value = 21;
        Assert.Equal(42, command.ExecuteScalar());
    }

    [Fact]
    public void Dapper_binds_anonymous_objects_to_dollar_names()
    {
        using var connection = TestSql.OpenMemory();
        connection.Execute("CREATE TABLE people(id INTEGER, name VARCHAR)");

        var inserted = connection.Execute(
            "INSERT INTO people VALUES ($id, $name)",
            new[] { new { id = 1, name = "Ann" }, new { id = 2, name = "Bob" }, new { id = 3, name = "Cid" } });
        var names = connection.Query<string>("SELECT name FROM people WHERE id >= $min AND id < $max ORDER BY id", new { min = 2, max = 10 });
        var person = connection.QuerySingle<Person>("SELECT id AS Id, name AS Name FROM people WHERE name = $name", new { name = "Ann" });

        Assert.Equal(3, inserted);
        Assert.Equal(["Bob", "Cid"], names);
        Assert.Equal(1, person.Id);
        Assert.Equal("Ann", person.Name);
    }

    [Fact]
    public void Dapper_expands_a_list_for_in_with_a_dollar_name()
    {
        using var connection = TestSql.OpenMemory();

        var values = connection.Query<long>("SELECT i FROM range(10) r(i) WHERE i IN $ids ORDER BY i", new { ids = new[] { 8L, 2L, 4L } });

        Assert.Equal([2L, 4L, 8L], values);
    }

    /// <summary>
    /// Documents a Dapper limit: it expands every list parameter in place, so "= ANY($ids)" becomes
    /// "= ANY(($ids1,$ids2,$ids3))", which DuckDB rejects. With Dapper write "IN $ids", or pass the list as one
    /// DuckDB LIST through an ICustomQueryParameter (below).
    /// </summary>
    [Fact]
    public void Dapper_expands_a_list_given_to_any_which_duckdb_rejects()
    {
        using var connection = TestSql.OpenMemory();

        var error = Assert.Throws<DuckDBException>(() =>
            connection.Query<long>("SELECT i FROM range(10) r(i) WHERE i = ANY($ids) ORDER BY i", new { ids = new[] { 8L, 2L, 4L } }));

        Assert.Equal(DuckDBErrorType.Binder, error.ErrorType);
        Assert.Contains("ANY(($ids1,$ids2,$ids3))", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dapper_passes_a_whole_list_to_any_through_a_custom_parameter()
    {
        using var connection = TestSql.OpenMemory();

        var values = connection.Query<long>(
            "SELECT i FROM range(10) r(i) WHERE i = ANY($ids) ORDER BY i", new { ids = new ListParameter(new[] { 8L, 2L, 4L }) });

        Assert.Equal([2L, 4L, 8L], values);
    }

    [Fact]
    public void Dapper_sql_written_with_at_names_fails_with_the_hint()
    {
        using var connection = TestSql.OpenMemory();

        var error = Assert.Throws<DuckDBException>(() => connection.Query<long>("SELECT i FROM range(10) r(i) WHERE i = @wanted", new { wanted = 3L }));

        Assert.Contains("write $wanted instead of @wanted", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Hands Dapper a list as one DuckDB LIST parameter instead of letting it expand the list.</summary>
    private sealed class ListParameter(object list) : SqlMapper.ICustomQueryParameter
    {
        public void AddParameter(System.Data.IDbCommand command, string name) => command.Parameters.Add(new DuckDBParameter(name, list));
    }

    private sealed class Person
    {
        public int Id { get; set; }

        public string Name { get; set; } = string.Empty;
    }
}
