namespace Pipeline.DuckDb.Tests;

public sealed class MultiStatementTests
{
    private const string Script =
        "CREATE TABLE t(i INTEGER); INSERT INTO t VALUES (1), (2), (3); SELECT i FROM t ORDER BY i; SELECT count(*) AS n, sum(i)::BIGINT AS total FROM t";

    [Fact]
    public void Reader_walks_the_result_sets_and_counts_the_rows_changed()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(Script, connection);
        using var reader = command.ExecuteReader();

        // The first result set is the first SELECT: CREATE and INSERT ran on the way to it.
        Assert.Equal(3, reader.RecordsAffected);
        Assert.Equal(1, reader.FieldCount);
        Assert.Equal("i", reader.GetName(0));
        var values = new List<int>();
        while (reader.Read())
        {
            values.Add(reader.GetInt32(0));
        }

        Assert.Equal([1, 2, 3], values);

        Assert.True(reader.NextResult());
        Assert.Equal(["n", "total"], [reader.GetName(0), reader.GetName(1)]);
        Assert.True(reader.Read());
        Assert.Equal(3L, reader.GetInt64(0));
        Assert.Equal(6L, reader.GetValue(1));
        Assert.False(reader.Read());

        Assert.False(reader.NextResult());
        Assert.Equal(3, reader.RecordsAffected);
    }

    [Fact]
    public void Statements_after_the_last_result_set_run_and_count_when_the_reader_moves_past_it()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(Script + "; UPDATE t SET i = i * 10 WHERE i > 1", connection);
        using var reader = command.ExecuteReader();

        Assert.True(reader.NextResult());
        Assert.Equal(3, reader.RecordsAffected);
        Assert.False(reader.NextResult());
        Assert.Equal(5, reader.RecordsAffected);
        reader.Close();
        Assert.Equal(51L, TestSql.Scalar<long>(connection, "SELECT sum(i)::BIGINT FROM t"));
    }

    [Fact]
    public void ExecuteNonQuery_returns_the_rows_changed_by_all_statements()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(
            "CREATE TABLE t(i INTEGER); INSERT INTO t VALUES (1), (2), (3); SELECT * FROM t; UPDATE t SET i = 5 WHERE i < 3; DELETE FROM t WHERE i = 5",
            connection);

        // 3 inserted + 2 updated + 2 deleted; CREATE and SELECT change nothing.
        Assert.Equal(7, command.ExecuteNonQuery());
        Assert.Equal(1L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void ExecuteNonQuery_of_statements_changing_no_rows_returns_zero()
    {
        using var connection = TestSql.OpenMemory();

        Assert.Equal(0, TestSql.Exec(connection, "CREATE TABLE t(i INTEGER); SELECT 1"));
        Assert.Equal(0, TestSql.Exec(connection, "UPDATE t SET i = 2"));
    }

    [Fact]
    public void ExecuteScalar_returns_the_first_value_of_the_first_result_set_and_runs_the_rest()
    {
        using var connection = TestSql.OpenMemory();

        Assert.Equal(7, TestSql.Scalar<int>(connection, "CREATE TABLE t(i INTEGER); SELECT 7; INSERT INTO t VALUES (1), (2)"));
        Assert.Equal(2L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void A_constraint_failure_in_statement_3_names_it_and_keeps_statements_1_and_2()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(
            "CREATE TABLE t(i INTEGER PRIMARY KEY); INSERT INTO t VALUES (1); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)",
            connection);

        var error = Assert.Throws<DuckDBException>(() => command.ExecuteNonQuery());

        Assert.StartsWith("Statement 3 of 4: Constraint Error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Duplicate key \"i: 1\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.StatementIndex);
        Assert.Equal(DuckDBErrorType.Constraint, error.ErrorType);
        // Statements 1 and 2 took effect; statement 4 never ran.
        Assert.Equal([1], TestSql.Column<int>(connection, "SELECT i FROM t ORDER BY i"));
    }

    [Fact]
    public void A_catalog_failure_in_statement_3_of_a_reader_names_it_and_keeps_statements_1_and_2()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand(
            "CREATE TABLE t(i INTEGER); INSERT INTO t VALUES (1); SELECT * FROM missing_table; INSERT INTO t VALUES (2)",
            connection);

        var error = Assert.Throws<DuckDBException>(() => command.ExecuteReader());

        Assert.StartsWith("Statement 3 of 4: Catalog Error: Table with name missing_table does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.StatementIndex);
        Assert.Equal(DuckDBErrorType.Catalog, error.ErrorType);
        Assert.Equal([1], TestSql.Column<int>(connection, "SELECT i FROM t ORDER BY i"));
    }

    [Fact]
    public void A_runtime_failure_while_reading_stops_the_script_there()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(s VARCHAR); INSERT INTO t SELECT range::VARCHAR FROM range(5000); INSERT INTO t VALUES ('x')");
        using var command = new DuckDBCommand("SELECT 1; SELECT s::INTEGER FROM t; INSERT INTO t VALUES ('after')", connection);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());

        // DuckDB may fail the cast while executing (at NextResult) or while streaming chunks (at Read).
        var error = Assert.Throws<DuckDBException>(() =>
        {
            reader.NextResult();
            while (reader.Read())
            {
            }
        });

        Assert.Equal(DuckDBErrorType.Conversion, error.ErrorType);
        Assert.Equal(1, error.StatementIndex);
        Assert.Contains("Could not convert string 'x' to INT32", error.Message, StringComparison.Ordinal);
        reader.Close();
        Assert.Equal(0L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t WHERE s = 'after'"));
    }

    [Fact]
    public void A_syntax_error_anywhere_reports_duckdbs_message_with_its_position_and_runs_nothing()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("CREATE TABLE t(i INTEGER);\nINSERT INTO t VALUES (1);\nSELEC * FROM t;", connection);

        var error = Assert.Throws<DuckDBException>(() => command.ExecuteNonQuery());

        Assert.Equal(DuckDBErrorType.Parser, error.ErrorType);
        Assert.StartsWith("Parser Error: syntax error at or near \"SELEC\"", error.Message, StringComparison.Ordinal);
        // DuckDB shows the line and puts a caret under the offending token.
        Assert.Contains("LINE 3: SELEC * FROM t;\n        ^", error.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDBErrorType.Catalog, Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "SELECT * FROM t")).ErrorType);
    }

    [Fact]
    public void A_syntax_error_in_a_later_statement_points_at_its_column()
    {
        using var connection = TestSql.OpenMemory();

        var error = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "SELECT 1; SELEC 2; SELECT 3"));

        Assert.Equal(DuckDBErrorType.Parser, error.ErrorType);
        Assert.Contains("LINE 1: SELECT 1; SELEC 2; SELECT 3\n" + new string(' ', "LINE 1: SELECT 1; ".Length) + "^", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("-- only a comment\n")]
    [InlineData("/* only a block comment */")]
    [InlineData(" ; ;")]
    public void A_text_without_statements_is_a_clear_error(string sql)
    {
        using var connection = TestSql.OpenMemory();

        var error = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, sql));

        Assert.Equal("The command text holds no SQL statement.", error.Message);
        Assert.Equal(1, TestSql.Scalar<int>(connection, "SELECT 1"));
    }

    /// <summary>
    /// Documents the behaviour: closing (or disposing) a reader before its end still runs every statement it
    /// has not reached, as ExecuteNonQuery would, and adds their changes to RecordsAffected.
    /// </summary>
    [Fact]
    public void Closing_a_reader_early_still_runs_the_remaining_statements()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE log(step INTEGER)");
        using var command = new DuckDBCommand(
            "SELECT range FROM range(100000); INSERT INTO log VALUES (1), (2); SELECT 'never read'; INSERT INTO log VALUES (3)",
            connection);
        var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(-1, reader.RecordsAffected);

        reader.Close();

        Assert.Equal(3, reader.RecordsAffected);
        Assert.Equal([1, 2, 3], TestSql.Column<int>(connection, "SELECT step FROM log ORDER BY step"));
    }

    /// <summary>Documents the behaviour: an error in a statement run by Close surfaces from Close; the connection stays usable.</summary>
    [Fact]
    public void An_error_in_a_statement_run_by_close_surfaces_from_close()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT 1; INSERT INTO missing_table VALUES (1)", connection);
        var reader = command.ExecuteReader();

        var error = Assert.Throws<DuckDBException>(reader.Close);

        Assert.Equal(DuckDBErrorType.Catalog, error.ErrorType);
        Assert.Equal(1, error.StatementIndex);
        Assert.True(reader.IsClosed);
        Assert.Equal(2, TestSql.Scalar<int>(connection, "SELECT 2"));
    }

    [Fact]
    public void Only_one_reader_at_a_time_per_connection()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT * FROM range(10)", connection);
        using var reader = command.ExecuteReader();

        var error = Assert.Throws<InvalidOperationException>(() => TestSql.Exec(connection, "SELECT 1"));

        Assert.Contains("DuckDBDataReader is still open", error.Message, StringComparison.Ordinal);
        reader.Close();
        Assert.Equal(1, TestSql.Scalar<int>(connection, "SELECT 1"));
    }

    [Fact]
    public void Prepare_checks_the_syntax_of_every_statement()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT 1; SELECT FROM WHERE", connection);

        Assert.Equal(DuckDBErrorType.Parser, Assert.Throws<DuckDBException>(command.Prepare).ErrorType);
        command.CommandText = "SELECT 1; SELECT 2";
        command.Prepare();
    }
}
