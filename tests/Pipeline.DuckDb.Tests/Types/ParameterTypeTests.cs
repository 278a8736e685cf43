using System.Collections;
using System.Data;
using System.Numerics;

namespace Pipeline.DuckDb.Tests.Types;

/// <summary>
/// Binding CLR values: the DuckDB type each becomes (checked with typeof), its text as DuckDB prints it, the value read
/// back with <c>SELECT $p</c>, casts with <c>$p::TARGET</c>, and inserts into typed columns.
/// </summary>
public sealed class ParameterTypeTests
{
    public enum Level
    {
        Low = 1,
        High = 7,
    }

    public static TheoryData<object, string, string> Bindings => new()
    {
        { true, "BOOLEAN", "true" },
        { (sbyte)-128, "TINYINT", "-128" },
        { (byte)255, "UTINYINT", "255" },
        { short.MinValue, "SMALLINT", "-32768" },
        { ushort.MaxValue, "USMALLINT", "65535" },
        { int.MinValue, "INTEGER", "-2147483648" },
        { uint.MaxValue, "UINTEGER", "4294967295" },
        { long.MinValue, "BIGINT", "-9223372036854775808" },
        { ulong.MaxValue, "UBIGINT", "18446744073709551615" },
        { Int128.MinValue, "HUGEINT", "-170141183460469231731687303715884105728" },
        { Int128.MaxValue, "HUGEINT", "170141183460469231731687303715884105727" },
        { UInt128.MaxValue, "UHUGEINT", "340282366920938463463374607431768211455" },
        { (BigInteger)Int128.MinValue, "HUGEINT", "-170141183460469231731687303715884105728" },
        { 1.5f, "FLOAT", "1.5" },
        { float.NegativeInfinity, "FLOAT", "-inf" },
        { 0.1, "DOUBLE", "0.1" },
        { double.NaN, "DOUBLE", "-nan" }, // .NET's NaN has its sign bit set, which DuckDB prints.
        { double.PositiveInfinity, "DOUBLE", "inf" },
        { 0.09m, "DECIMAL(38,2)", "0.09" },
        { -0.090m, "DECIMAL(38,3)", "-0.090" },
        { decimal.MaxValue, "DECIMAL(38,0)", "79228162514264337593543950335" },
        { decimal.MinValue, "DECIMAL(38,0)", "-79228162514264337593543950335" },
        { 0.0000000000000000000000000001m, "DECIMAL(38,28)", "0.0000000000000000000000000001" },
        { "héllo 中文 😀", "VARCHAR", "héllo 中文 😀" },
        { string.Empty, "VARCHAR", string.Empty },
        { 'x', "VARCHAR", "x" },
        { new byte[] { 0, 255, 16 }, "BLOB", "\\x00\\xFF\\x10" },
        { Array.Empty<byte>(), "BLOB", string.Empty },
        { new DateOnly(1, 1, 1), "DATE", "0001-01-01" },
        { new DateOnly(1900, 1, 1), "DATE", "1900-01-01" },
        { new DateOnly(9999, 12, 31), "DATE", "9999-12-31" },
        { new TimeOnly(23, 59, 59, 999, 999), "TIME", "23:59:59.999999" },
        { new DateTime(1900, 1, 1, 0, 0, 1, DateTimeKind.Unspecified), "TIMESTAMP", "1900-01-01 00:00:01" },
        { new DateTime(2024, 2, 29, 12, 34, 56, 123, 456, DateTimeKind.Unspecified), "TIMESTAMP", "2024-02-29 12:34:56.123456" },
        { new DateTime(2024, 2, 29, 12, 34, 56, 123, 456, DateTimeKind.Utc), "TIMESTAMP WITH TIME ZONE", "2024-02-29 12:34:56.123456+00" },
        { new DateTimeOffset(2024, 2, 29, 12, 34, 56, TimeSpan.FromHours(2)), "TIMESTAMP WITH TIME ZONE", "2024-02-29 10:34:56+00" },
        { new TimeSpan(1, 2, 3, 4, 5), "INTERVAL", "1 day 02:03:04.005" },
        { TimeSpan.FromDays(-3), "INTERVAL", "-3 days" },
        { new DuckDBInterval(14, 3, 4), "INTERVAL", "1 year 2 months 3 days 00:00:00.000004" },
        { Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff"), "UUID", "ffffffff-ffff-ffff-ffff-ffffffffffff" },
        { Guid.Parse("00000000-0000-0000-0000-000000000000"), "UUID", "00000000-0000-0000-0000-000000000000" },
        { Guid.Parse("550e8400-e29b-41d4-a716-446655440000"), "UUID", "550e8400-e29b-41d4-a716-446655440000" },
        { new[] { 1, 2, 3 }, "INTEGER[]", "[1, 2, 3]" },
        { new int?[] { 1, null }, "INTEGER[]", "[1, NULL]" },
        { new List<string> { "a", "abcdefghijklm" }, "VARCHAR[]", "[a, abcdefghijklm]" },
        { new[] { new DateOnly(2024, 2, 29) }, "DATE[]", "[2024-02-29]" },
        { new[] { Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff") }, "UUID[]", "[ffffffff-ffff-ffff-ffff-ffffffffffff]" },
        { Level.High, "INTEGER", "7" },
    };

    [Theory]
    [MemberData(nameof(Bindings))]
    public void A_CLR_value_binds_as_its_DuckDB_type(object value, string duckDbType, string text)
    {
        // Two queries: DuckDB 1.5.6 fails "SELECT typeof($p), $p::VARCHAR" for a VARCHAR value with an INTERNAL error
        // ("Invalid PhysicalType for GetTypeIdSize") that invalidates the database; each half alone is fine.
        using var connection = TypeTestDatabase.Open();

        Assert.Equal(duckDbType, TypeTestDatabase.Text(connection, "SELECT typeof($p)", ("p", value)));
        Assert.Equal(text, TypeTestDatabase.Text(connection, "SELECT $p::VARCHAR", ("p", value)));
    }

    [Theory]
    [MemberData(nameof(Bindings))]
    public void A_bound_value_reads_back_unchanged(object value, string duckDbType, string text)
    {
        _ = text;
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT $p", ("p", value));

        Assert.Equal(duckDbType, reader.GetDataTypeName(0));
        switch (value)
        {
            case Int128 number:
                Assert.Equal(number, reader.GetFieldValue<Int128>(0));
                break;
            case UInt128 number:
                Assert.Equal(number, reader.GetFieldValue<UInt128>(0));
                break;
            case char character:
                Assert.Equal(character, reader.GetChar(0));
                break;
            case DateTimeOffset instant:
                Assert.Equal(instant, reader.GetFieldValue<DateTimeOffset>(0));
                break;
            case DuckDBInterval interval:
                Assert.Equal(interval, reader.GetFieldValue<DuckDBInterval>(0));
                break;
            case Level level:
                Assert.Equal(level, reader.GetFieldValue<Level>(0));
                break;
            case int[] or int?[] or List<string> or DateOnly[] or Guid[]:
                Assert.Equal(((IEnumerable)value).Cast<object?>(), ((IEnumerable)reader.GetValue(0)).Cast<object?>());
                break;
            default:
                Assert.Equal(value, reader.GetValue(0));
                break;
        }
    }

    [Fact]
    public void A_UTC_DateTime_reads_back_as_UTC_and_an_unspecified_one_as_unspecified()
    {
        using var connection = TypeTestDatabase.Open();
        var utc = new DateTime(2024, 2, 29, 12, 34, 56, DateTimeKind.Utc);
        var wall = new DateTime(2024, 2, 29, 12, 34, 56, DateTimeKind.Unspecified);
        using var reader = TypeTestDatabase.Row(connection, "SELECT $utc, $wall", ("utc", utc), ("wall", wall));

        Assert.Equal(DateTimeKind.Utc, reader.GetDateTime(0).Kind);
        Assert.Equal(utc, reader.GetDateTime(0));
        Assert.Equal(DateTimeKind.Unspecified, reader.GetDateTime(1).Kind);
        Assert.Equal(wall, reader.GetDateTime(1));
    }

    [Fact]
    public void A_UHUGEINT_read_as_BigInteger_binds_back_as_a_parameter()
    {
        using var connection = TypeTestDatabase.Open();
        var max = (BigInteger)UInt128.MaxValue;
        using var reader = TypeTestDatabase.Row(connection, "SELECT $p::UHUGEINT, ($p::UHUGEINT)::VARCHAR", ("p", max));

        Assert.Equal(max, reader.GetValue(0));
        Assert.Equal("340282366920938463463374607431768211455", reader.GetString(1));
    }

    [Fact]
    public void A_BigInteger_beyond_128_bits_is_refused()
    {
        using var connection = TypeTestDatabase.Open();
        using var command = TypeTestDatabase.Command(connection, "SELECT $p", ("p", (BigInteger)UInt128.MaxValue + 1));

        Assert.Throws<OverflowException>(() => command.ExecuteScalar());
    }

    [Theory]
    [InlineData("2024-02-29", "DATE", "2024-02-29")]
    [InlineData("550e8400-e29b-41d4-a716-446655440000", "UUID", "550e8400-e29b-41d4-a716-446655440000")]
    [InlineData(42, "DECIMAL(18,2)", "42.00")]
    [InlineData(42L, "HUGEINT", "42")]
    [InlineData(0.5, "FLOAT", "0.5")]
    [InlineData(255, "UTINYINT", "255")]
    [InlineData("12:34:56", "TIME", "12:34:56")]
    [InlineData("1 day", "INTERVAL", "1 day")]
    [InlineData("{'a': 1}", "STRUCT(a INTEGER)", "{'a': 1}")]
    public void A_parameter_casts_to_the_target_type_in_SQL(object value, string target, string text)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT typeof($p::{target}), ($p::{target})::VARCHAR", ("p", value));

        Assert.Equal(target, reader.GetString(0));
        Assert.Equal(text, reader.GetString(1));
    }

    [Fact]
    public void Decimal_double_and_date_parameters_cast_without_a_detour()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection,
            "SELECT $d::DECIMAL(18,2), $d::DOUBLE, $dt::DATE, $dt::TIMESTAMP_S, $ts::TIMESTAMP_NS, $g::VARCHAR",
            ("d", 0.09m),
            ("dt", new DateTime(1900, 1, 1, 13, 14, 15)),
            ("ts", new DateTime(2024, 2, 29, 12, 34, 56, 123, 456)),
            ("g", Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff")));

        Assert.Equal(0.09m, reader.GetDecimal(0));
        Assert.Equal(0.09, reader.GetDouble(1));
        Assert.Equal(new DateOnly(1900, 1, 1), reader.GetFieldValue<DateOnly>(2));
        Assert.Equal(new DateTime(1900, 1, 1, 13, 14, 15), reader.GetDateTime(3));
        Assert.Equal(new DateTime(2024, 2, 29, 12, 34, 56, 123, 456), reader.GetDateTime(4));
        Assert.Equal("ffffffff-ffff-ffff-ffff-ffffffffffff", reader.GetString(5));
    }

    [Fact]
    public void A_DateTime_with_DbType_Date_binds_as_a_DATE()
    {
        using var connection = TypeTestDatabase.Open();
        using var command = TypeTestDatabase.Command(connection, "SELECT typeof($d), $d");
        command.Parameters.Add(new DuckDBParameter("d", new DateTime(1969, 7, 20, 20, 17, 40)) { DbType = DbType.Date });
        using var reader = command.ExecuteReader();

        Assert.True(reader.Read());
        Assert.Equal("DATE", reader.GetString(0));
        Assert.Equal(new DateOnly(1969, 7, 20), reader.GetFieldValue<DateOnly>(1));
    }

    [Fact]
    public void Parameters_insert_into_columns_of_every_type()
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(
            connection,
            "CREATE TABLE t(b BOOLEAN, ti TINYINT, si SMALLINT, i INTEGER, bi BIGINT, ut UTINYINT, us USMALLINT, ui UINTEGER, ub UBIGINT, " +
            "hi HUGEINT, uh UHUGEINT, f FLOAT, d DOUBLE, d41 DECIMAL(4,1), d93 DECIMAL(9,3), d182 DECIMAL(18,2), d3810 DECIMAL(38,10), " +
            "s VARCHAR, bl BLOB, dt DATE, tm TIME, ts TIMESTAMP, tsz TIMESTAMPTZ, iv INTERVAL, u UUID, l INTEGER[], n INTEGER)");
        object?[] values =
        [
            false, sbyte.MinValue, short.MaxValue, int.MinValue, long.MaxValue, byte.MaxValue, ushort.MaxValue, uint.MaxValue, ulong.MaxValue,
            Int128.MinValue, UInt128.MaxValue, float.MaxValue, double.Epsilon, -999.9m, 999999.999m, 0.09m, -999999999999999999.9999999999m,
            "abcdefghijklm", new byte[] { 0, 0, 1 }, new DateOnly(1, 1, 1), new TimeOnly(0, 0, 0, 0, 1),
            new DateTime(9999, 12, 31, 23, 59, 59, 999, 999), new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5)),
            TimeSpan.FromMinutes(-90), Guid.Parse("80000000-0000-0000-0000-000000000000"), new[] { 1, 2 }, null,
        ];
        var placeholders = string.Join(", ", values.Select((_, i) => "$" + (i + 1)));
        using (var insert = TypeTestDatabase.Command(connection, $"INSERT INTO t VALUES ({placeholders})"))
        {
            foreach (var value in values)
            {
                insert.Parameters.Add(new DuckDBParameter(value));
            }

            Assert.Equal(1, insert.ExecuteNonQuery());
        }

        using var reader = TypeTestDatabase.Row(connection, "SELECT *, COLUMNS(*)::VARCHAR FROM t");
        string?[] texts =
        [
            "false", "-128", "32767", "-2147483648", "9223372036854775807", "255", "65535", "4294967295", "18446744073709551615",
            "-170141183460469231731687303715884105728", "340282366920938463463374607431768211455", "3.4028235e+38", "5e-324",
            "-999.9", "999999.999", "0.09", "-999999999999999999.9999999999", "abcdefghijklm", "\\x00\\x00\\x01", "0001-01-01",
            "00:00:00.000001", "9999-12-31 23:59:59.999999", "1900-01-01 05:00:00+00", "-01:30:00", "80000000-0000-0000-0000-000000000000",
            "[1, 2]", null,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(texts[i], reader.IsDBNull(values.Length + i) ? null : reader.GetString(values.Length + i));
        }

        Assert.Equal(Int128.MinValue, reader.GetFieldValue<Int128>(9));
        Assert.Equal(UInt128.MaxValue, reader.GetFieldValue<UInt128>(10));
        Assert.Equal(-999999999999999999.9999999999m, reader.GetDecimal(16));
        Assert.Equal(new DateTime(1900, 1, 1, 5, 0, 0, DateTimeKind.Utc), reader.GetDateTime(22));
        Assert.Equal(TimeSpan.FromMinutes(-90), reader.GetFieldValue<TimeSpan>(23));
        Assert.True(reader.IsDBNull(26));
    }

    [Fact]
    public void A_NULL_parameter_is_NULL_in_any_typed_context()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection, "SELECT $n::INTEGER, $n::VARCHAR, $n::DECIMAL(18,2), $d::DATE, $n IS NULL", ("n", null), ("d", DBNull.Value));

        Assert.True(reader.IsDBNull(0));
        Assert.Null(reader.GetFieldValue<int?>(0));
        Assert.True(reader.IsDBNull(1));
        Assert.True(reader.IsDBNull(2));
        Assert.True(reader.IsDBNull(3));
        Assert.True(reader.GetBoolean(4));
    }
}
