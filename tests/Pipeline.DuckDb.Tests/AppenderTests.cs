namespace Pipeline.DuckDb.Tests;

public sealed class AppenderTests
{
    [Fact]
    public void A_million_rows_arrive_intact()
    {
        const int Rows = 1_000_000;
        var firstDate = new DateOnly(2000, 1, 1);
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE facts(id BIGINT, amount DOUBLE, label VARCHAR, day DATE)");

        // The expected aggregates, computed here from the same generator and independently of DuckDB.
        long expectedLengths = 0;
        long expectedLabels = 0;
        using (var appender = connection.CreateAppender("facts"))
        {
            for (var i = 0; i < Rows; i++)
            {
                appender.Append((long)i).Append(i * 0.5);
                if (i % 7 == 0)
                {
                    appender.AppendNull();
                }
                else
                {
                    var label = Label(i);
                    expectedLengths += label.Length;
                    expectedLabels++;
                    appender.Append(label);
                }

                appender.Append(firstDate.AddDays(i % 3653)).EndRow();
            }

            Assert.Equal(Rows, appender.RowCount);
        }

        using var command = new DuckDBCommand(
            "SELECT count(*), sum(id)::BIGINT, sum(amount), count(label), sum(length(label))::BIGINT, min(day), max(day), " +
            "count(*) FILTER (WHERE label = 'row-' || id || repeat('x', (id % 17)::INTEGER)) FROM facts",
            connection);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((long)Rows, reader.GetInt64(0));
        Assert.Equal((long)Rows * (Rows - 1) / 2, reader.GetInt64(1));
        // Every partial sum is a multiple of 0.5 below 2^53, so the double sum is exact whatever the order.
        Assert.Equal(0.5 * Rows * (Rows - 1) / 2, reader.GetDouble(2));
        Assert.Equal(expectedLabels, reader.GetInt64(3));
        Assert.Equal(expectedLengths, reader.GetInt64(4));
        Assert.Equal(firstDate, reader.GetFieldValue<DateOnly>(5));
        Assert.Equal(firstDate.AddDays(3652), reader.GetFieldValue<DateOnly>(6));
        Assert.Equal(expectedLabels, reader.GetInt64(7));
    }

    [Fact]
    public void A_primary_key_violation_surfaces_at_close_as_a_constraint_error()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE keyed(id BIGINT PRIMARY KEY, name VARCHAR)");
        var appender = connection.CreateAppender("keyed");
        appender.Append(1L).Append("a").EndRow();
        appender.Append(2L).Append("b").EndRow();
        appender.Append(1L).Append("again").EndRow();

        var error = Assert.Throws<DuckDBException>(appender.Close);

        Assert.Equal(DuckDBErrorType.Constraint, error.ErrorType);
        Assert.StartsWith("Appending to 'keyed' failed: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate key \"1\"", error.Message, StringComparison.Ordinal);
        // The failed flush discards the appender's buffered rows; the appender is closed and the connection usable.
        Assert.Equal(0L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM keyed"));
        appender.Dispose();
        Assert.Throws<ObjectDisposedException>(() => appender.Append(3L));
    }

    [Fact]
    public void A_primary_key_violation_surfaces_at_dispose()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE keyed(id BIGINT PRIMARY KEY); INSERT INTO keyed VALUES (5000)");

        var error = Assert.Throws<DuckDBException>(() =>
        {
            using var appender = connection.CreateAppender("keyed");
            for (var i = 0L; i < 6000; i++)
            {
                appender.Append(i).EndRow();
            }
        });

        Assert.Equal(DuckDBErrorType.Constraint, error.ErrorType);
        Assert.Contains("5000", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM keyed"));
    }

    [Fact]
    public void Flush_makes_rows_visible_before_close()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE t(id INTEGER)");
        using var appender = connection.CreateAppender("t");
        appender.Append(1).EndRow();
        appender.Append(2).EndRow();

        appender.Flush();

        Assert.Equal(2L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
        appender.Append(3).EndRow();
        appender.Close();
        Assert.Equal(3L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void Too_few_values_in_a_row_is_a_clear_error()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE pair(a INTEGER, b VARCHAR)");
        using var appender = connection.CreateAppender("pair");
        appender.Append(1).Append("one").EndRow();
        appender.Append(2);

        var error = Assert.Throws<InvalidOperationException>(appender.EndRow);

        Assert.Equal("Row 2 for 'pair' has 1 value(s) but the table has 2 column(s).", error.Message);
    }

    [Fact]
    public void Too_many_values_in_a_row_is_a_clear_error()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE pair(a INTEGER, b VARCHAR)");
        using var appender = connection.CreateAppender("pair");
        appender.Append(1).Append("one");

        var error = Assert.Throws<InvalidOperationException>(() => appender.Append("extra"));

        Assert.Equal("Row 1 for 'pair' already has its 2 value(s): call EndRow() before appending more.", error.Message);
        appender.EndRow();
        appender.Close();
        Assert.Equal(1L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM pair"));
    }

    [Fact]
    public void Closing_with_an_unfinished_row_is_a_clear_error()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE pair(a INTEGER, b VARCHAR)");
        var appender = connection.CreateAppender("pair");
        appender.Append(1);

        var error = Assert.Throws<InvalidOperationException>(appender.Close);

        Assert.Contains("not completed with EndRow()", error.Message, StringComparison.Ordinal);
        appender.Dispose();
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_column()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE typed(label VARCHAR, quantity BIGINT)");
        using var appender = connection.CreateAppender("typed");
        appender.Append("ok");

        var error = Assert.Throws<InvalidCastException>(() => appender.Append("twelve"));

        Assert.Equal("Column 'quantity' is BIGINT: a String value cannot be appended to it.", error.Message);
    }

    [Fact]
    public void Dispose_does_not_hide_an_exception_thrown_mid_row_and_keeps_the_completed_rows()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE TABLE typed(label VARCHAR, quantity BIGINT)");

        var error = Assert.Throws<InvalidCastException>(() =>
        {
            using var appender = connection.CreateAppender("typed");
            appender.Append("first").Append(1L).EndRow();
            appender.Append("second").Append("two").EndRow();
        });

        Assert.Contains("'quantity'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["first"], TestSql.Column<string>(connection, "SELECT label FROM typed"));
    }

    [Fact]
    public void Appending_to_a_missing_table_names_it()
    {
        using var connection = TestSql.OpenMemory();

        var error = Assert.Throws<DuckDBException>(() => connection.CreateAppender("no_such_table"));

        Assert.Equal(DuckDBErrorType.Catalog, error.ErrorType);
        Assert.StartsWith("Cannot append to table 'no_such_table': ", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, TestSql.Scalar<int>(connection, "SELECT 1"));
    }

    [Fact]
    public void A_schema_qualified_table_is_appended_to()
    {
        using var connection = TestSql.OpenMemory();
        TestSql.Exec(connection, "CREATE SCHEMA staging; CREATE TABLE staging.t(id INTEGER); CREATE TABLE main.t(id INTEGER)");
        using (var appender = connection.CreateAppender("staging", "t"))
        {
            appender.Append(7).EndRow();
        }

        Assert.Equal(1L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM staging.t"));
        Assert.Equal(0L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM main.t"));
    }

    private static string Label(int i) => "row-" + i + new string('x', i % 17);
}
