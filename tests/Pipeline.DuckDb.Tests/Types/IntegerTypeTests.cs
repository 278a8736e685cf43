using System.Globalization;
using System.Numerics;

namespace Pipeline.DuckDb.Tests.Types;

/// <summary>BOOLEAN, the signed and unsigned integers, HUGEINT and UHUGEINT read back at their limits.</summary>
public sealed class IntegerTypeTests
{
    [Theory]
    [InlineData("BOOLEAN", "true", true)]
    [InlineData("BOOLEAN", "false", false)]
    [InlineData("TINYINT", "-128", (sbyte)-128)]
    [InlineData("TINYINT", "127", (sbyte)127)]
    [InlineData("SMALLINT", "-32768", (short)-32768)]
    [InlineData("SMALLINT", "32767", (short)32767)]
    [InlineData("INTEGER", "-2147483648", -2147483648)]
    [InlineData("INTEGER", "2147483647", 2147483647)]
    [InlineData("BIGINT", "-9223372036854775808", -9223372036854775808L)]
    [InlineData("BIGINT", "9223372036854775807", 9223372036854775807L)]
    [InlineData("UTINYINT", "0", (byte)0)]
    [InlineData("UTINYINT", "255", (byte)255)]
    [InlineData("USMALLINT", "65535", (ushort)65535)]
    [InlineData("UINTEGER", "4294967295", 4294967295U)]
    [InlineData("UBIGINT", "0", 0UL)]
    [InlineData("UBIGINT", "18446744073709551615", 18446744073709551615UL)]
    public void A_fixed_width_value_reads_back_as_its_clr_type(string sqlType, string text, object expected)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT CAST('{text}' AS {sqlType}) AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal(sqlType, reader.GetDataTypeName(0));
        Assert.Equal(expected.GetType(), reader.GetFieldType(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader[0]);
        Assert.Equal(expected, reader.GetFieldValue<object>(0));
        Assert.False(reader.IsDBNull(0));
    }

    [Fact]
    public void Typed_getters_read_every_integer_width()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection,
            "SELECT CAST('-128' AS TINYINT), CAST('-32768' AS SMALLINT), CAST('-2147483648' AS INTEGER), " +
            "CAST('9223372036854775807' AS BIGINT), CAST('255' AS UTINYINT), CAST('65535' AS USMALLINT), " +
            "CAST('4294967295' AS UINTEGER), CAST('18446744073709551615' AS UBIGINT), true, false");

        Assert.Equal(-128, reader.GetFieldValue<sbyte>(0));
        Assert.Equal((sbyte)-128, reader.GetFieldValue<sbyte?>(0));
        Assert.Equal(-32768, reader.GetInt16(1));
        Assert.Equal((short)-32768, reader.GetFieldValue<short?>(1));
        Assert.Equal(int.MinValue, reader.GetInt32(2));
        Assert.Equal(int.MinValue, reader.GetFieldValue<int?>(2));
        Assert.Equal(long.MaxValue, reader.GetInt64(3));
        Assert.Equal(long.MaxValue, reader.GetFieldValue<long?>(3));
        Assert.Equal(255, reader.GetByte(4));
        Assert.Equal((byte)255, reader.GetFieldValue<byte?>(4));
        Assert.Equal(ushort.MaxValue, reader.GetFieldValue<ushort>(5));
        Assert.Equal(uint.MaxValue, reader.GetFieldValue<uint>(6));
        Assert.Equal(ulong.MaxValue, reader.GetFieldValue<ulong>(7));
        Assert.Equal(ulong.MaxValue, reader.GetFieldValue<ulong?>(7));
        Assert.True(reader.GetBoolean(8));
        Assert.False(reader.GetFieldValue<bool?>(9));
    }

    [Fact]
    public void Narrower_columns_widen_and_wider_values_that_do_not_fit_are_refused()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection, "SELECT CAST('-128' AS TINYINT), CAST('-32768' AS SMALLINT), 42::INTEGER, CAST('9223372036854775807' AS BIGINT)");

        Assert.Equal(-128L, reader.GetInt64(0));
        Assert.Equal(-32768, reader.GetInt32(1));
        Assert.Equal(42L, reader.GetInt64(2));
        Assert.Equal(42.0, reader.GetDouble(2));
        Assert.Equal(42m, reader.GetDecimal(2));
        Assert.Equal("42", reader.GetString(2));
        Assert.Throws<OverflowException>(() => reader.GetInt32(3));
        Assert.Throws<OverflowException>(() => reader.GetByte(0));
    }

    [Theory]
    [InlineData("HUGEINT", "-170141183460469231731687303715884105728")]
    [InlineData("HUGEINT", "170141183460469231731687303715884105727")]
    [InlineData("HUGEINT", "-1")]
    [InlineData("HUGEINT", "0")]
    [InlineData("HUGEINT", "18446744073709551616")]
    [InlineData("HUGEINT", "-18446744073709551617")]
    [InlineData("UHUGEINT", "0")]
    [InlineData("UHUGEINT", "18446744073709551616")]
    [InlineData("UHUGEINT", "340282366920938463463374607431768211455")]
    public void A_128_bit_value_reads_back_as_BigInteger_and_as_its_128_bit_type(string sqlType, string text)
    {
        var expected = BigInteger.Parse(text, CultureInfo.InvariantCulture);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT CAST('{text}' AS {sqlType}) AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal(sqlType, reader.GetDataTypeName(0));
        Assert.Equal(typeof(BigInteger), reader.GetFieldType(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<BigInteger>(0));
        Assert.Equal(expected, reader.GetFieldValue<BigInteger?>(0));
        Assert.Equal(text, reader.GetString(0));
        if (sqlType == "HUGEINT")
        {
            Assert.Equal(Int128.Parse(text, CultureInfo.InvariantCulture), reader.GetFieldValue<Int128>(0));
            Assert.Equal(Int128.Parse(text, CultureInfo.InvariantCulture), reader.GetFieldValue<Int128?>(0));
        }
        else
        {
            Assert.Equal(UInt128.Parse(text, CultureInfo.InvariantCulture), reader.GetFieldValue<UInt128>(0));
            Assert.Equal(UInt128.Parse(text, CultureInfo.InvariantCulture), reader.GetFieldValue<UInt128?>(0));
        }
    }

    [Fact]
    public void HUGEINT_limits_are_Int128_limits_and_UHUGEINT_max_is_UInt128_max()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection,
            "SELECT CAST('-170141183460469231731687303715884105728' AS HUGEINT), CAST('170141183460469231731687303715884105727' AS HUGEINT), " +
            "CAST('340282366920938463463374607431768211455' AS UHUGEINT), sum(x) FROM (VALUES (9223372036854775807), (9223372036854775807)) t(x)");

        Assert.Equal(Int128.MinValue, reader.GetFieldValue<Int128>(0));
        Assert.Equal(Int128.MaxValue, reader.GetFieldValue<Int128>(1));
        Assert.Equal(UInt128.MaxValue, reader.GetFieldValue<UInt128>(2));

        // sum(BIGINT) is a HUGEINT in DuckDB: the total of two long.MaxValue is exact.
        Assert.Equal("HUGEINT", reader.GetDataTypeName(3));
        Assert.Equal(BigInteger.Parse("18446744073709551614", CultureInfo.InvariantCulture), reader.GetValue(3));
        Assert.Throws<OverflowException>(() => reader.GetInt64(3));
    }

    [Theory]
    [InlineData("3.4028235e38", 3.4028235e38f)]
    [InlineData("-3.4028235e38", -3.4028235e38f)]
    [InlineData("1e-45", 1e-45f)]
    [InlineData("0.1", 0.1f)]
    [InlineData("NaN", float.NaN)]
    [InlineData("Infinity", float.PositiveInfinity)]
    [InlineData("-Infinity", float.NegativeInfinity)]
    public void A_FLOAT_reads_back_bit_for_bit(string text, float expected)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT CAST('{text}' AS FLOAT)");

        Assert.Equal("FLOAT", reader.GetDataTypeName(0));
        Assert.Equal(typeof(float), reader.GetFieldType(0));
        Assert.Equal(expected, reader.GetFloat(0));
        if (!float.IsNaN(expected))
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(reader.GetFloat(0)));
        }

        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<float?>(0));
        Assert.Equal((double)expected, reader.GetDouble(0));
    }

    [Theory]
    [InlineData("1.7976931348623157e308", double.MaxValue)]
    [InlineData("-1.7976931348623157e308", double.MinValue)]
    [InlineData("5e-324", double.Epsilon)]
    [InlineData("0.1", 0.1)]
    [InlineData("NaN", double.NaN)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void A_DOUBLE_reads_back_bit_for_bit(string text, double expected)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT CAST('{text}' AS DOUBLE)");

        Assert.Equal("DOUBLE", reader.GetDataTypeName(0));
        Assert.Equal(typeof(double), reader.GetFieldType(0));
        Assert.Equal(expected, reader.GetDouble(0));
        if (!double.IsNaN(expected))
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(reader.GetDouble(0)));
        }

        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<double?>(0));
    }
}
