using System.Data.Common;

namespace Pipeline.DuckDb.Tests;

public sealed class ErrorTests
{
    public static TheoryData<DuckDBErrorType> AllErrorTypes => [.. Enum.GetValues<DuckDBErrorType>()];

    [Fact]
    public void A_missing_table_is_a_catalog_error_with_duckdbs_message()
    {
        using var connection = TestSql.OpenMemory();

        var error = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "SELECT * FROM missing_table"));

        Assert.Equal(DuckDBErrorType.Catalog, error.ErrorType);
        Assert.StartsWith("Catalog Error: Table with name missing_table does not exist!", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.StatementIndex);
        Assert.False(error.IsTransient);
        Assert.IsAssignableFrom<DbException>(error);
    }

    [Fact]
    public void A_syntax_error_is_a_parser_error()
    {
        using var connection = TestSql.OpenMemory();

        var error = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "SELECT * FROM WHERE"));

        Assert.Equal(DuckDBErrorType.Parser, error.ErrorType);
        Assert.StartsWith("Parser Error: syntax error at or near \"WHERE\"", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void An_unknown_column_is_a_binder_error()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(a INTEGER)");

        var error = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "SELECT b FROM t"));

        Assert.Equal(DuckDBErrorType.Binder, error.ErrorType);
        Assert.StartsWith("Binder Error: Referenced column \"b\" not found", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("INSERT INTO t VALUES (1, 'again')", "Duplicate key \"id: 1\"")]
    [InlineData("INSERT INTO t VALUES (2, NULL)", "NOT NULL constraint failed: t.name")]
    [InlineData("INSERT INTO t VALUES (-3, 'negative')", "CHECK constraint failed")]
    [InlineData("UPDATE t SET id = NULL", "NOT NULL constraint failed: t.id")]
    public void A_violated_constraint_is_a_constraint_error(string sql, string expected)
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(id INTEGER PRIMARY KEY CHECK (id > 0), name VARCHAR NOT NULL); INSERT INTO t VALUES (1, 'one')");

        var error = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, sql));

        Assert.Equal(DuckDBErrorType.Constraint, error.ErrorType);
        Assert.StartsWith("Constraint Error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void A_failed_cast_is_a_conversion_error_at_prepare_and_at_run_time()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(s VARCHAR); INSERT INTO t VALUES ('1'), ('abc')");

        // A constant is folded while the statement is prepared; a column value fails while it executes.
        var folded = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "SELECT 'abc'::INTEGER"));
        var executed = Assert.Throws<DuckDBException>(() => TestSql.Column<int>(connection, "SELECT s::INTEGER FROM t"));

        Assert.Equal(DuckDBErrorType.Conversion, folded.ErrorType);
        Assert.StartsWith("Conversion Error: Could not convert string 'abc' to INT32", folded.Message, StringComparison.Ordinal);
        Assert.Equal(DuckDBErrorType.Conversion, executed.ErrorType);
        Assert.StartsWith("Conversion Error: Could not convert string 'abc' to INT32", executed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overflow_is_an_out_of_range_error()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (2147483647)");

        var error = Assert.Throws<DuckDBException>(() => TestSql.Column<int>(connection, "SELECT v + 1 FROM t"));

        Assert.Equal(DuckDBErrorType.OutOfRange, error.ErrorType);
        Assert.StartsWith("Out of Range Error: Overflow in addition of INT32 (2147483647 + 1)!", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Documents DuckDB's semantics: division by zero raises no error ('/' gives infinity, '//' NULL).</summary>
    [Fact]
    public void Division_by_zero_is_not_an_error_in_duckdb()
    {
        using var connection = TestSql.OpenMemory();

        Assert.Equal(double.PositiveInfinity, TestSql.Scalar<double>(connection, "SELECT 1 / 0"));
        Assert.IsType<DBNull>(TestSql.Scalar<object>(connection, "SELECT 1 // 0"));
    }

    [Fact]
    public void Running_out_of_memory_is_an_out_of_memory_error_and_transient()
    {
        using var connection = TestSql.Open("Data Source=:memory:;memory_limit=32MB;threads=1");

        var error = Assert.Throws<DuckDBException>(() => TestSql.Exec(connection, "SELECT list(range) FROM range(50000000)"));

        Assert.Equal(DuckDBErrorType.OutOfMemory, error.ErrorType);
        Assert.StartsWith("Out of Memory Error: ", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        Assert.Equal(1, TestSql.Scalar<int>(connection, "SELECT 1"));
    }

    [Theory]
    [MemberData(nameof(AllErrorTypes))]
    public void Only_io_interrupt_and_out_of_memory_errors_are_transient(DuckDBErrorType type)
    {
        var expected = type is DuckDBErrorType.IO or DuckDBErrorType.Interrupt or DuckDBErrorType.OutOfMemory;

        Assert.Equal(expected, new DuckDBException("message", type).IsTransient);
    }

    [Fact]
    public void Errors_are_the_same_through_every_execute_method()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT * FROM missing_table", connection);

        Assert.Equal(DuckDBErrorType.Catalog, Assert.Throws<DuckDBException>(() => command.ExecuteNonQuery()).ErrorType);
        Assert.Equal(DuckDBErrorType.Catalog, Assert.Throws<DuckDBException>(() => command.ExecuteScalar()).ErrorType);
        Assert.Equal(DuckDBErrorType.Catalog, Assert.Throws<DuckDBException>(() => command.ExecuteReader()).ErrorType);
        Assert.Equal(1, TestSql.Scalar<int>(connection, "SELECT 1"));
    }
}
