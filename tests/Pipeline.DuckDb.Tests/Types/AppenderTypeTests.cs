using System.Numerics;

namespace Pipeline.DuckDb.Tests.Types;

/// <summary>
/// The appender into a table of each type: values appended, then read back through the reader and printed by DuckDB
/// (so the bytes in the table are checked, not only the provider's view of them); chunk boundaries and NULLs.
/// </summary>
public sealed class AppenderTypeTests
{
    private static readonly string Kilo100 = string.Concat(Enumerable.Repeat("0123456789", 10_240));
    private static readonly DateTime LastMicroOf1969 = new(1969, 12, 31, 23, 59, 59, 999, 999);
    private static readonly DateTime LastMicroOf9999 = new(9999, 12, 31, 23, 59, 59, 999, 999);
    private static readonly Guid AllOnes = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff");
    private static readonly Guid TopBitOnly = Guid.Parse("80000000-0000-0000-0000-000000000001");

    public static TheoryData<string, object?, object?, string?> Values => new()
    {
        { "BOOLEAN", true, true, "true" },
        { "BOOLEAN", false, false, "false" },
        { "TINYINT", (sbyte)-128, (sbyte)-128, "-128" },
        { "TINYINT", 127L, (sbyte)127, "127" },
        { "SMALLINT", short.MinValue, short.MinValue, "-32768" },
        { "INTEGER", int.MaxValue, int.MaxValue, "2147483647" },
        { "BIGINT", long.MinValue, long.MinValue, "-9223372036854775808" },
        { "UTINYINT", (byte)255, (byte)255, "255" },
        { "USMALLINT", ushort.MaxValue, ushort.MaxValue, "65535" },
        { "UINTEGER", uint.MaxValue, uint.MaxValue, "4294967295" },
        { "UBIGINT", ulong.MaxValue, ulong.MaxValue, "18446744073709551615" },
        { "HUGEINT", Int128.MinValue, (BigInteger)Int128.MinValue, "-170141183460469231731687303715884105728" },
        { "HUGEINT", Int128.MaxValue, (BigInteger)Int128.MaxValue, "170141183460469231731687303715884105727" },
        { "HUGEINT", (BigInteger)(-1), (BigInteger)(-1), "-1" },
        { "FLOAT", float.MaxValue, float.MaxValue, "3.4028235e+38" },
        { "FLOAT", float.NaN, float.NaN, "-nan" }, // .NET's NaN has its sign bit set, which DuckDB prints.
        { "DOUBLE", double.NegativeInfinity, double.NegativeInfinity, "-inf" },
        { "DOUBLE", double.Epsilon, double.Epsilon, "5e-324" },
        { "DOUBLE", 0.1, 0.1, "0.1" },
        { "DECIMAL(4,1)", -999.9m, -999.9m, "-999.9" },
        { "DECIMAL(9,3)", 999999.999m, 999999.999m, "999999.999" },
        { "DECIMAL(18,2)", 0.09m, 0.09m, "0.09" },
        { "DECIMAL(18,2)", -9999999999999999.99m, -9999999999999999.99m, "-9999999999999999.99" },
        { "DECIMAL(18,2)", 42L, 42m, "42.00" },
        { "DECIMAL(38,10)", -999999999999999999.9999999999m, -999999999999999999.9999999999m, "-999999999999999999.9999999999" },
        { "DECIMAL(38,10)", 1.5m, 1.5m, "1.5000000000" },
        { "DECIMAL(38,0)", decimal.MaxValue, decimal.MaxValue, "79228162514264337593543950335" },
        { "VARCHAR", string.Empty, string.Empty, string.Empty },
        { "VARCHAR", "abcdefghijkl", "abcdefghijkl", "abcdefghijkl" },
        { "VARCHAR", "abcdefghijklm", "abcdefghijklm", "abcdefghijklm" },
        { "VARCHAR", "ééééé12", "ééééé12", "ééééé12" },
        { "VARCHAR", "abcdefghijké", "abcdefghijké", "abcdefghijké" },
        { "VARCHAR", "中文中文a", "中文中文a", "中文中文a" },
        { "VARCHAR", "😀😀😀!", "😀😀😀!", "😀😀😀!" },
        { "VARCHAR", Kilo100, Kilo100, Kilo100 },
        { "BLOB", Array.Empty<byte>(), Array.Empty<byte>(), string.Empty },
        { "BLOB", new byte[] { 0, 0, 0 }, new byte[] { 0, 0, 0 }, "\\x00\\x00\\x00" },
        { "BLOB", new byte[13], new byte[13], string.Concat(Enumerable.Repeat("\\x00", 13)) },
        { "DATE", new DateOnly(1, 1, 1), new DateOnly(1, 1, 1), "0001-01-01" },
        { "DATE", new DateOnly(1900, 1, 1), new DateOnly(1900, 1, 1), "1900-01-01" },
        { "DATE", new DateOnly(9999, 12, 31), new DateOnly(9999, 12, 31), "9999-12-31" },
        { "DATE", new DateTime(1969, 12, 31), new DateOnly(1969, 12, 31), "1969-12-31" },
        { "TIME", new TimeOnly(23, 59, 59, 999, 999), new TimeOnly(23, 59, 59, 999, 999), "23:59:59.999999" },
        { "TIME", TimeOnly.MinValue, TimeOnly.MinValue, "00:00:00" },
        { "TIMESTAMP", new DateTime(1900, 1, 1, 0, 0, 1), new DateTime(1900, 1, 1, 0, 0, 1), "1900-01-01 00:00:01" },
        { "TIMESTAMP", LastMicroOf1969, LastMicroOf1969, "1969-12-31 23:59:59.999999" },
        { "TIMESTAMP", LastMicroOf9999, LastMicroOf9999, "9999-12-31 23:59:59.999999" },
        { "TIMESTAMP_S", new DateTime(1900, 1, 1, 0, 0, 1), new DateTime(1900, 1, 1, 0, 0, 1), "1900-01-01 00:00:01" },
        { "TIMESTAMP_MS", new DateTime(1969, 12, 31, 23, 59, 59, 999), new DateTime(1969, 12, 31, 23, 59, 59, 999), "1969-12-31 23:59:59.999" },
        {
            "TIMESTAMP_NS", new DateTime(2024, 2, 29, 12, 34, 56, 123, 456).AddTicks(7), new DateTime(2024, 2, 29, 12, 34, 56, 123, 456).AddTicks(7),
            "2024-02-29 12:34:56.1234567"
        },
        {
            "TIMESTAMP_NS", LastMicroOf1969.AddTicks(9), LastMicroOf1969.AddTicks(9),
            "1969-12-31 23:59:59.9999999"
        },
        {
            "TIMESTAMPTZ", new DateTime(2024, 2, 29, 12, 0, 0, DateTimeKind.Utc), new DateTime(2024, 2, 29, 12, 0, 0, DateTimeKind.Utc),
            "2024-02-29 12:00:00+00"
        },
        {
            "TIMESTAMPTZ", new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.FromHours(2)), new DateTime(2024, 2, 29, 10, 0, 0, DateTimeKind.Utc),
            "2024-02-29 10:00:00+00"
        },
        { "INTERVAL", new TimeSpan(1, 2, 3, 4, 5), new TimeSpan(1, 2, 3, 4, 5), "1 day 02:03:04.005" },
        { "INTERVAL", TimeSpan.FromMinutes(-90), TimeSpan.FromMinutes(-90), "-01:30:00" },
        { "UUID", AllOnes, AllOnes, "ffffffff-ffff-ffff-ffff-ffffffffffff" },
        { "UUID", Guid.Empty, Guid.Empty, "00000000-0000-0000-0000-000000000000" },
        { "UUID", TopBitOnly, TopBitOnly, "80000000-0000-0000-0000-000000000001" },
        { "INTEGER", null, null, null },
        { "VARCHAR", null, null, null },
        { "DECIMAL(38,10)", DBNull.Value, null, null },
        { "UUID", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void An_appended_value_reads_back_and_prints_as_expected(string sqlType, object? appended, object? expected, string? text)
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, $"CREATE TABLE t(id INTEGER, v {sqlType})");
        using (var appender = connection.CreateAppender("t"))
        {
            appender.Append(1).AppendValue(appended).EndRow();
        }

        using var reader = TypeTestDatabase.Row(connection, "SELECT v, v::VARCHAR FROM t");
        if (expected is null)
        {
            Assert.True(reader.IsDBNull(0));
            Assert.True(reader.IsDBNull(1));
            return;
        }

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal(expected, reader.GetValue(0));
        if (expected is DateTime dateTime)
        {
            Assert.Equal(dateTime.Kind, reader.GetDateTime(0).Kind);
        }
    }

    [Fact]
    public void Typed_Append_overloads_fill_every_column_of_a_row()
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(
            connection,
            "CREATE TABLE t(b BOOLEAN, s SMALLINT, i INTEGER, l BIGINT, h HUGEINT, d DOUBLE, m DECIMAL(18,2), v VARCHAR, x BLOB, " +
            "dt DATE, tm TIME, ts TIMESTAMP, iv INTERVAL, u UUID)");
        using (var appender = connection.CreateAppender("t"))
        {
            Assert.Equal(14, appender.ColumnCount);
            appender.Append(true).Append((short)-2).Append(-3).Append(-4L).Append(Int128.MinValue).Append(0.5).Append(0.09m)
                .Append("abcdefghijklm").Append(new byte[] { 1, 0, 2 }.AsSpan()).Append(new DateOnly(1900, 1, 1))
                .Append(new TimeOnly(1, 2, 3)).Append(new DateTime(1969, 7, 20, 20, 17, 40)).Append(TimeSpan.FromHours(36)).Append(AllOnes)
                .EndRow();
            Assert.Equal(1, appender.RowCount);
        }

        Assert.Equal(
            "true|-2|-3|-4|-170141183460469231731687303715884105728|0.5|0.09|abcdefghijklm|\\x01\\x00\\x02|1900-01-01|01:02:03|" +
            "1969-07-20 20:17:40|1 day 12:00:00|ffffffff-ffff-ffff-ffff-ffffffffffff",
            TypeTestDatabase.Text(connection, "SELECT concat_ws('|', *COLUMNS(*)) FROM t"));
    }

    [Theory]
    [InlineData("INTEGER")]
    [InlineData("VARCHAR")]
    [InlineData("DECIMAL(18,2)")]
    [InlineData("DATE")]
    [InlineData("UUID")]
    public void Rows_and_NULLs_survive_several_chunks(string sqlType)
    {
        const int rows = 7000;
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, $"CREATE TABLE t(id INTEGER, v {sqlType})");

        // Rows 0-2047 are all NULL (a whole chunk), then every third row is; a NULL must not leak into the next chunk.
        static bool IsNull(int id) => id < 2048 || id % 3 == 0;
        object Value(int id) => sqlType switch
        {
            "INTEGER" => id,
            "VARCHAR" => new string('x', id % 20) + id,
            "DECIMAL(18,2)" => id + 0.01m,
            "DATE" => new DateOnly(2000, 1, 1).AddDays(id),
            _ => Guid.Parse($"{id:D8}-0000-0000-0000-{id:D12}"),
        };

        using (var appender = connection.CreateAppender("t"))
        {
            for (var id = 0; id < rows; id++)
            {
                appender.Append(id).AppendValue(IsNull(id) ? null : Value(id)).EndRow();
            }
        }

        Assert.Equal(Enumerable.Range(0, rows).Count(IsNull), TestSql.Scalar<long>(connection, "SELECT count(*) FROM t WHERE v IS NULL"));
        using var command = TypeTestDatabase.Command(connection, "SELECT id, v FROM t ORDER BY id");
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            Assert.Equal(count, reader.GetInt32(0));
            Assert.Equal(IsNull(count), reader.IsDBNull(1));
            if (!IsNull(count))
            {
                Assert.Equal(Value(count), reader.GetValue(1));
            }

            count++;
        }

        Assert.Equal(rows, count);
    }

    [Theory]
    [InlineData("TINYINT", 128L)]
    [InlineData("UTINYINT", -1L)]
    [InlineData("UBIGINT", -1L)]
    [InlineData("INTEGER", 2147483648L)]
    public void An_integer_out_of_the_column_range_is_refused(string sqlType, long value)
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, $"CREATE TABLE t(v {sqlType})");
        using var appender = connection.CreateAppender("t");

        var error = Assert.Throws<OverflowException>(() => appender.Append(value));
        Assert.Contains("'v'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_that_would_be_rounded_or_overflow_is_refused()
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, "CREATE TABLE t(small DECIMAL(4,1), amount DECIMAL(18,2))");
        using var appender = connection.CreateAppender("t");

        Assert.Throws<OverflowException>(() => appender.Append(1000m));
        Assert.Throws<InvalidCastException>(() => appender.Append(0.05m));
        appender.Append(0.10m);
        Assert.Throws<InvalidCastException>(() => appender.Append(0.005m));
        appender.Append(0.090m).EndRow();
        appender.Close();

        Assert.Equal("0.1|0.09", TypeTestDatabase.Text(connection, "SELECT concat_ws('|', small, amount) FROM t"));
    }

    [Theory]
    [InlineData("UHUGEINT", 1L)]
    [InlineData("TIME_NS", "12:00")]
    [InlineData("TIMETZ", "12:00+01")]
    [InlineData("INTEGER[]", "[1]")]
    [InlineData("STRUCT(a INTEGER)", "{'a': 1}")]
    [InlineData("INTEGER", "not a number")]
    public void A_value_the_appender_cannot_write_is_refused_naming_the_column_but_NULL_is_accepted(string sqlType, object value)
    {
        // The appender writes scalar types only; nested, TIME_NS, TIMETZ and UHUGEINT columns take NULLs, other values go through SQL.
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, $"CREATE TABLE t(the_column {sqlType})");
        using (var appender = connection.CreateAppender("t"))
        {
            var error = Assert.Throws<InvalidCastException>(() => appender.AppendValue(value));
            Assert.Contains("the_column", error.Message, StringComparison.Ordinal);
            appender.AppendNull().EndRow();
        }

        Assert.Equal(1L, TestSql.Scalar<long>(connection, "SELECT count(*) FROM t WHERE the_column IS NULL"));
    }

    [Fact]
    public void An_ENUM_column_is_refused_by_the_appender()
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE t(m mood)");
        using var appender = connection.CreateAppender("t");

        Assert.Throws<InvalidCastException>(() => appender.Append("ok"));
    }
}
