namespace Pipeline.DuckDb.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Reads_scalars_from_memory()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t AS SELECT range AS i, 'x' || range AS s, 1.25::DECIMAL(9,3) AS d, DATE '1960-02-29' AS dt FROM range(5000); SELECT * FROM t ORDER BY i";
        using var reader = command.ExecuteReader();
        var count = 0L;
        while (reader.Read())
        {
            Assert.Equal(count, reader.GetInt64(0));
            Assert.Equal("x" + count, reader.GetString(1));
            Assert.Equal(1.25m, reader.GetDecimal(2));
            Assert.Equal(new DateOnly(1960, 2, 29), reader.GetFieldValue<DateOnly>(3));
            count++;
        }

        Assert.Equal(5000, count);
    }

    [Fact]
    public void Binds_named_and_positional()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $a + $b";
        command.Parameters.AddWithValue("@a", 2);
        command.Parameters.AddWithValue("b", 40L);
        Assert.Equal(42L, Convert.ToInt64(command.ExecuteScalar()));
    }
}
