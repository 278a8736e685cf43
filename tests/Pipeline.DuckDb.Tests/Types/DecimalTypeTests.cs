using System.Globalization;
using System.Numerics;
using Dapper;

namespace Pipeline.DuckDb.Tests.Types;

/// <summary>
/// DECIMAL of every physical width (int16, int32, int64, hugeint), read exactly (never through a double), with the
/// values beyond System.Decimal's 28-29 digits (DuckDB.NET #349) and decimal parameters (DuckDB.NET #303).
/// </summary>
public sealed class DecimalTypeTests
{
    [Theory]
    [InlineData("DECIMAL(4,1)", "999.9")]
    [InlineData("DECIMAL(4,1)", "-999.9")]
    [InlineData("DECIMAL(4,1)", "-0.1")]
    [InlineData("DECIMAL(4,1)", "0.0")]
    [InlineData("DECIMAL(9,3)", "999999.999")]
    [InlineData("DECIMAL(9,3)", "-999999.999")]
    [InlineData("DECIMAL(9,3)", "0.001")]
    [InlineData("DECIMAL(18,2)", "9999999999999999.99")]
    [InlineData("DECIMAL(18,2)", "-9999999999999999.99")]
    [InlineData("DECIMAL(18,2)", "0.09")]
    [InlineData("DECIMAL(18,2)", "-0.01")]
    [InlineData("DECIMAL(38,10)", "999999999999999999.9999999999")]
    [InlineData("DECIMAL(38,10)", "-999999999999999999.9999999999")]
    [InlineData("DECIMAL(38,10)", "0.0000000001")]
    [InlineData("DECIMAL(38,10)", "-1.5000000000")]
    [InlineData("DECIMAL(38,0)", "79228162514264337593543950335")]
    [InlineData("DECIMAL(38,0)", "-79228162514264337593543950335")]
    public void A_decimal_reads_back_exactly_with_its_scale(string sqlType, string text)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT CAST('{text}' AS {sqlType}) AS v)");

        var expected = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        Assert.Equal(text, reader.GetString(1));
        Assert.Equal(sqlType, reader.GetDataTypeName(0));
        Assert.Equal(typeof(decimal), reader.GetFieldType(0));
        Assert.Equal(expected, reader.GetDecimal(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<decimal?>(0));

        // The column's scale is kept (0.0 stays "0.0", 1.5 in DECIMAL(38,10) stays "-1.5000000000").
        Assert.Equal(text, reader.GetDecimal(0).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(text, reader.GetString(0));
    }

    [Theory]
    [InlineData("DECIMAL(38,10)", "9999999999999999999999999999.9999999999")]
    [InlineData("DECIMAL(38,10)", "-9999999999999999999999999999.9999999999")]
    [InlineData("DECIMAL(38,10)", "9234567890123456789.0123456789")]
    [InlineData("DECIMAL(38,0)", "99999999999999999999999999999999999999")]
    [InlineData("DECIMAL(38,0)", "-12345678901234567890123456789012345678")]
    [InlineData("DECIMAL(38,0)", "79228162514264337593543950336")]
    public void A_decimal_beyond_System_Decimal_is_refused_by_GetDecimal_but_exact_as_text(string sqlType, string text)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT CAST('{text}' AS {sqlType}) AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal(text, reader.GetString(0));
        Assert.Equal(text, reader.GetFieldValue<string>(0));
        var overflow = Assert.Throws<OverflowException>(() => reader.GetDecimal(0));
        Assert.Contains("GetString", overflow.Message, StringComparison.Ordinal);
        Assert.Contains("BigInteger", overflow.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => reader.GetFieldValue<decimal?>(0));
    }

    [Theory]
    [InlineData("99999999999999999999999999999999999999")]
    [InlineData("-99999999999999999999999999999999999999")]
    [InlineData("-12345678901234567890123456789012345678")]
    [InlineData("0")]
    public void A_DECIMAL_38_0_reads_as_BigInteger_whatever_its_width(string text)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT CAST('{text}' AS DECIMAL(38,0))");

        var expected = BigInteger.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(expected, reader.GetFieldValue<BigInteger>(0));
        Assert.Equal(expected, reader.GetFieldValue<BigInteger?>(0));
    }

    [Fact]
    public void A_decimal_with_a_fraction_is_not_silently_truncated_to_a_BigInteger()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT CAST('12.50' AS DECIMAL(38,2)), CAST('12.00' AS DECIMAL(38,2))");

        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<BigInteger>(0));
        Assert.Equal(new BigInteger(12), reader.GetFieldValue<BigInteger>(1));
    }

    [Fact]
    public void A_decimal_reads_as_an_integer_only_when_it_has_no_fraction()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection, "SELECT CAST('12.50' AS DECIMAL(18,2)), CAST('-12.00' AS DECIMAL(18,2)), CAST('0.5' AS DECIMAL(38,10)), 2.5::DOUBLE, 3.0::DOUBLE");

        // "Exact or refused": 12.50 would be rounded (to even: 12) by Convert.ChangeType.
        Assert.Throws<InvalidCastException>(() => reader.GetInt64(0));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<int?>(0));
        Assert.Equal(-12L, reader.GetInt64(1));
        Assert.Equal(-12, reader.GetInt32(1));
        Assert.Throws<InvalidCastException>(() => reader.GetInt16(2));
        Assert.Throws<InvalidCastException>(() => reader.GetInt32(3));
        Assert.Equal(3L, reader.GetInt64(4));
    }

    [Fact]
    public void Trailing_zeros_are_dropped_only_when_the_mantissa_needs_the_room()
    {
        using var connection = TypeTestDatabase.Open();

        // 30 significant digits with trailing zeros: the value itself fits System.Decimal once they are dropped.
        using var reader = TypeTestDatabase.Row(connection, "SELECT CAST('12345678901234567890.1000000000' AS DECIMAL(38,10))");

        Assert.Equal(12345678901234567890.1m, reader.GetDecimal(0));
        Assert.Equal("12345678901234567890.1000000000", reader.GetString(0));
    }

    [Fact]
    public void Decimals_convert_to_double_only_when_asked()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT CAST('0.1' AS DECIMAL(18,2)), CAST('-2.5' AS DECIMAL(4,1))");

        Assert.Equal(0.1m, reader.GetDecimal(0));
        Assert.Equal(0.1, reader.GetDouble(0));
        Assert.Equal(-2.5, reader.GetFieldValue<double>(1));
    }

    [Theory]
    [InlineData("0.09")]
    [InlineData("0.090")]
    [InlineData("-0.01")]
    [InlineData("1234567890123456.78")]
    [InlineData("9999999999999999.99")]
    [InlineData("42")]
    public void A_decimal_parameter_goes_into_a_DECIMAL_18_2_column_without_loss(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        var expectedText = decimal.Round(value, 2).ToString("0.00", CultureInfo.InvariantCulture);
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, "CREATE TABLE t(d DECIMAL(18,2))");
        TypeTestDatabase.Exec(connection, "INSERT INTO t VALUES ($d)", ("d", value));

        using var reader = TypeTestDatabase.Row(
            connection, "SELECT d, d::VARCHAR, $p::DECIMAL(18,2), ($p::DECIMAL(18,2))::VARCHAR FROM t", ("p", value));

        Assert.Equal(expectedText, reader.GetString(1));
        Assert.Equal(value, reader.GetDecimal(0));
        Assert.Equal(expectedText, reader.GetString(3));
        Assert.Equal(value, reader.GetDecimal(2));
    }

    [Fact]
    public void A_decimal_parameter_goes_through_Dapper_into_a_DECIMAL_18_2_column_without_loss()
    {
        using var connection = TypeTestDatabase.Open();
        connection.Execute("CREATE TABLE t(id INTEGER, d DECIMAL(18,2))");
        connection.Execute("INSERT INTO t VALUES ($id, $d)", new[] { new { id = 1, d = 0.09m }, new { id = 2, d = -12345.67m } });

        Assert.Equal(new[] { "0.09", "-12345.67" }, connection.Query<string>("SELECT d::VARCHAR FROM t ORDER BY id"));
        Assert.Equal(new[] { 0.09m, -12345.67m }, connection.Query<decimal>("SELECT d FROM t ORDER BY id"));
        Assert.Equal(0.09m, connection.QuerySingle<decimal>("SELECT d FROM t WHERE d = $d", new { d = 0.09m }));
    }

    [Theory]
    [InlineData("DECIMAL(4,1)", "999.9")]
    [InlineData("DECIMAL(9,3)", "-999999.999")]
    [InlineData("DECIMAL(18,2)", "9999999999999999.99")]
    [InlineData("DECIMAL(38,10)", "-999999999999999999.9999999999")]
    public void A_decimal_of_each_width_survives_a_table_and_sums_exactly(string sqlType, string text)
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, $"CREATE TABLE t(d {sqlType}); INSERT INTO t SELECT CAST('{text}' AS {sqlType}) FROM range(3000)");

        var expected = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        using var command = TypeTestDatabase.Command(connection, "SELECT d FROM t");
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            Assert.Equal(expected, reader.GetDecimal(0));
            rows++;
        }

        Assert.Equal(3000, rows);
    }
}
