using System.Globalization;

namespace Pipeline.DuckDb.Tests.Types;

/// <summary>
/// DATE, TIME, TIME_NS, TIME WITH TIME ZONE, the TIMESTAMP family and INTERVAL. Expected values are parsed from the
/// literal text with the BCL, and DuckDB's own VARCHAR cast confirms the text it stored.
/// </summary>
public sealed class TemporalTypeTests
{
    private static readonly string[] TimeFormats = ["HH:mm:ss", "HH:mm:ss.FFFFFFF"];
    private static readonly string[] TimestampFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1900-01-01")]
    [InlineData("1969-12-31")]
    [InlineData("1970-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("9999-12-31")]
    public void A_DATE_reads_as_DateOnly_and_as_a_midnight_DateTime(string text)
    {
        var expected = DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT DATE '{text}' AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal("DATE", reader.GetDataTypeName(0));
        Assert.Equal(typeof(DateOnly), reader.GetFieldType(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<DateOnly>(0));
        Assert.Equal(expected, reader.GetFieldValue<DateOnly?>(0));
        Assert.Equal(expected.ToDateTime(TimeOnly.MinValue), reader.GetDateTime(0));
        Assert.Equal(expected.ToDateTime(TimeOnly.MinValue), reader.GetFieldValue<DateTime?>(0));
    }

    [Theory]
    [InlineData("00:00:00", "00:00:00")]
    [InlineData("12:34:56.789", "12:34:56.789")]
    [InlineData("23:59:59.999999", "23:59:59.999999")]
    public void A_TIME_reads_as_TimeOnly_to_the_microsecond(string text, string expectedText)
    {
        var expected = TimeOnly.ParseExact(expectedText, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT TIME '{text}' AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal("TIME", reader.GetDataTypeName(0));
        Assert.Equal(typeof(TimeOnly), reader.GetFieldType(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<TimeOnly?>(0));
    }

    [Theory]
    [InlineData("00:00:00", "00:00:00")]
    [InlineData("12:34:56.123456789", "12:34:56.1234567")]
    [InlineData("23:59:59.999999999", "23:59:59.9999999")]
    public void A_TIME_NS_reads_as_TimeOnly_truncated_to_the_100_ns_tick(string text, string expectedText)
    {
        var expected = TimeOnly.ParseExact(expectedText, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT CAST('{text}' AS TIME_NS) AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal("TIME_NS", reader.GetDataTypeName(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected.Ticks, reader.GetFieldValue<TimeOnly>(0).Ticks);
    }

    [Theory]
    [InlineData("TIMESTAMP", "0001-01-01 00:00:00", "0001-01-01 00:00:00")]
    [InlineData("TIMESTAMP", "1900-01-01 00:00:00", "1900-01-01 00:00:00")]
    [InlineData("TIMESTAMP", "1969-12-31 23:59:59.999999", "1969-12-31 23:59:59.999999")]
    [InlineData("TIMESTAMP", "2024-02-29 12:34:56.123456", "2024-02-29 12:34:56.123456")]
    [InlineData("TIMESTAMP", "9999-12-31 23:59:59.999999", "9999-12-31 23:59:59.999999")]
    [InlineData("TIMESTAMP_S", "1900-01-01 00:00:01", "1900-01-01 00:00:01")]
    [InlineData("TIMESTAMP_S", "2024-02-29 12:34:56", "2024-02-29 12:34:56")]
    [InlineData("TIMESTAMP_MS", "1969-12-31 23:59:59.999", "1969-12-31 23:59:59.999")]
    [InlineData("TIMESTAMP_MS", "2024-02-29 12:34:56.789", "2024-02-29 12:34:56.789")]
    [InlineData("TIMESTAMP_NS", "2024-02-29 12:34:56.123456789", "2024-02-29 12:34:56.1234567")]
    [InlineData("TIMESTAMP_NS", "1970-01-01 00:00:00.000000099", "1970-01-01 00:00:00")]
    [InlineData("TIMESTAMP_NS", "1969-12-31 23:59:59.123456789", "1969-12-31 23:59:59.1234567")]
    [InlineData("TIMESTAMP_NS", "1969-12-31 23:59:59.999999999", "1969-12-31 23:59:59.9999999")]
    [InlineData("TIMESTAMP_NS", "1677-09-22 00:00:00.000000001", "1677-09-22 00:00:00")]
    public void A_timestamp_reads_as_an_unspecified_DateTime_truncated_to_the_tick(string sqlType, string text, string expectedText)
    {
        var expected = DateTime.ParseExact(expectedText, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT CAST('{text}' AS {sqlType}) AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal(sqlType, reader.GetDataTypeName(0));
        Assert.Equal(typeof(DateTime), reader.GetFieldType(0));
        var actual = reader.GetDateTime(0);
        Assert.Equal(expected.Ticks, actual.Ticks);
        Assert.Equal(DateTimeKind.Unspecified, actual.Kind);
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<DateTime?>(0));
        Assert.Equal(DateOnly.FromDateTime(expected), reader.GetFieldValue<DateOnly>(0));
    }

    [Theory]
    [InlineData("2024-02-29 12:34:56.123456+02", "2024-02-29 10:34:56.123456")]
    [InlineData("2024-07-01 00:30:00-05:30", "2024-07-01 06:00:00")]
    [InlineData("1900-01-01 00:00:00+00", "1900-01-01 00:00:00")]
    [InlineData("9999-12-31 23:59:59.999999+00", "9999-12-31 23:59:59.999999")]
    public void A_TIMESTAMPTZ_reads_as_a_UTC_DateTime_and_a_zero_offset_DateTimeOffset(string text, string utcText)
    {
        var expected = DateTime.SpecifyKind(
            DateTime.ParseExact(utcText, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None), DateTimeKind.Utc);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT TIMESTAMPTZ '{text}' AS v)");

        Assert.Equal(utcText + "+00", reader.GetString(1));
        Assert.Equal("TIMESTAMP WITH TIME ZONE", reader.GetDataTypeName(0));
        Assert.Equal(typeof(DateTime), reader.GetFieldType(0));
        var actual = reader.GetDateTime(0);
        Assert.Equal(expected, actual);
        Assert.Equal(DateTimeKind.Utc, actual.Kind);
        var offset = reader.GetFieldValue<DateTimeOffset>(0);
        Assert.Equal(TimeSpan.Zero, offset.Offset);
        Assert.Equal(expected, offset.UtcDateTime);
        Assert.Equal(new DateTimeOffset(expected), reader.GetFieldValue<DateTimeOffset?>(0));
    }

    [Theory]
    [InlineData("SET TimeZone = 'America/New_York'", "Data Source=:memory:")]
    [InlineData(null, "Data Source=:memory:;TimeZone=Asia/Kolkata")]
    public void A_non_UTC_session_time_zone_does_not_move_a_TIMESTAMPTZ_instant(string? setSql, string connectionString)
    {
        using var connection = TypeTestDatabase.Open(connectionString);
        if (setSql is not null)
        {
            TypeTestDatabase.Exec(connection, setSql);
        }

        using var reader = TypeTestDatabase.Row(
            connection,
            "SELECT v, v::VARCHAR, current_setting('TimeZone') FROM (SELECT TIMESTAMPTZ '2024-01-15 12:00:00.5+00' AS v)");

        // The session really is in another zone: DuckDB prints the instant in it.
        Assert.NotEqual("UTC", reader.GetString(2));
        Assert.NotEqual("2024-01-15 12:00:00.5+00", reader.GetString(1));
        Assert.Equal(new DateTime(2024, 1, 15, 12, 0, 0, 500, DateTimeKind.Utc), reader.GetDateTime(0));
        Assert.Equal(DateTimeKind.Utc, reader.GetDateTime(0).Kind);
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 12, 0, 0, 500, TimeSpan.Zero), reader.GetFieldValue<DateTimeOffset>(0));
    }

    [Fact]
    public void The_connection_string_TimeZone_pins_the_session_zone()
    {
        using var connection = TypeTestDatabase.Open("Data Source=:memory:;TimeZone=UTC");

        Assert.Equal("UTC", TypeTestDatabase.Text(connection, "SELECT current_setting('TimeZone')"));
        Assert.Equal("2024-01-15 12:00:00+00", TypeTestDatabase.Text(connection, "SELECT (TIMESTAMPTZ '2024-01-15 14:00:00+02')::VARCHAR"));
    }

    [Theory]
    [InlineData("12:34:56+02", 12, 34, 56, 0, 120)]
    [InlineData("12:34:56-05:30", 12, 34, 56, 0, -330)]
    [InlineData("00:00:00+00", 0, 0, 0, 0, 0)]
    [InlineData("23:59:59.999999+14", 23, 59, 59, 9_999_990, 840)]
    [InlineData("08:00:00-14", 8, 0, 0, 0, -840)]
    public void A_TIME_WITH_TIME_ZONE_reads_as_a_DateTimeOffset_on_1970_01_01(
        string text, int hour, int minute, int second, int ticks, int offsetMinutes)
    {
        var expected = new DateTimeOffset(1970, 1, 1, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(ticks);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT TIMETZ '{text}' AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal("TIME WITH TIME ZONE", reader.GetDataTypeName(0));
        Assert.Equal(typeof(DateTimeOffset), reader.GetFieldType(0));
        var actual = reader.GetFieldValue<DateTimeOffset>(0);
        Assert.Equal(expected.DateTime, actual.DateTime);
        Assert.Equal(expected.Offset, actual.Offset);
        Assert.Equal(expected, reader.GetValue(0));
    }

    [Theory]
    [InlineData("1 day 02:03:04.5", 0, 1, 7_384_500_000L)]
    [InlineData("36 hours", 0, 0, 129_600_000_000L)]
    [InlineData("-3 days", 0, -3, 0L)]
    [InlineData("00:00:00.000001", 0, 0, 1L)]
    [InlineData("-1 day -00:00:01", 0, -1, -1_000_000L)]
    public void An_INTERVAL_without_months_reads_as_a_TimeSpan_and_as_a_DuckDBInterval(string text, int months, int days, long micros)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT INTERVAL '{text}'");

        Assert.Equal("INTERVAL", reader.GetDataTypeName(0));
        Assert.Equal(typeof(TimeSpan), reader.GetFieldType(0));
        Assert.Equal(new DuckDBInterval(months, days, micros), reader.GetFieldValue<DuckDBInterval>(0));
        Assert.Equal(new DuckDBInterval(months, days, micros), reader.GetFieldValue<DuckDBInterval?>(0));
        var expected = TimeSpan.FromDays(days) + TimeSpan.FromTicks(micros * 10);
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<TimeSpan>(0));
        Assert.Equal(expected, reader.GetFieldValue<TimeSpan?>(0));
    }

    [Theory]
    [InlineData("1 month", 1, 0, 0L)]
    [InlineData("1 year 2 months 3 days 00:00:00.000004", 14, 3, 4L)]
    [InlineData("-1 year", -12, 0, 0L)]
    public void An_INTERVAL_with_months_is_a_DuckDBInterval_and_refuses_to_be_a_TimeSpan(string text, int months, int days, long micros)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT INTERVAL '{text}' AS v)");

        Assert.Equal(text, reader.GetString(1));
        Assert.Equal(new DuckDBInterval(months, days, micros), reader.GetFieldValue<DuckDBInterval>(0));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<TimeSpan>(0));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<TimeSpan?>(0));
    }

    [Theory]
    [InlineData("'infinity'::DATE")]
    [InlineData("'-infinity'::DATE")]
    [InlineData("'infinity'::TIMESTAMP")]
    [InlineData("'-infinity'::TIMESTAMP")]
    [InlineData("'infinity'::TIMESTAMPTZ")]
    [InlineData("'-infinity'::TIMESTAMPTZ")]
    [InlineData("'infinity'::TIMESTAMP_S")]
    [InlineData("'infinity'::TIMESTAMP_MS")]
    [InlineData("'-infinity'::TIMESTAMP_NS")]
    public void An_infinite_date_or_timestamp_is_refused_with_InvalidCastException(string expression)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT {expression}, {expression}::VARCHAR");

        Assert.Contains("infinity", reader.GetString(1), StringComparison.Ordinal);
        Assert.False(reader.IsDBNull(0));
        Assert.Throws<InvalidCastException>(() => reader.GetValue(0));
        Assert.Throws<InvalidCastException>(() => reader.GetDateTime(0));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<DateOnly>(0));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<DateTimeOffset?>(0));
    }

    [Theory]
    [InlineData("DATE '0001-01-01 (BC)'")]
    [InlineData("DATE '10000-01-01'")]
    [InlineData("TIMESTAMP '10000-01-01 00:00:00'")]
    [InlineData("TIMESTAMP '60000-01-01 00:00:00'")]
    [InlineData("'60000-01-01'::TIMESTAMP_S")]
    [InlineData("TIMESTAMPTZ '60000-01-01 00:00:00+00'")]
    [InlineData("TIMESTAMPTZ '0001-01-01 00:00:00+01'")]
    [InlineData("TIME '24:00:00'")]
    [InlineData("TIMETZ '12:00:00+15:00'")]
    [InlineData("TIMETZ '12:00:00+05:30:45'")]
    [InlineData("'24:00:00'::TIME_NS")]
    [InlineData("INTERVAL '20000000 days'")]
    public void A_value_outside_the_CLR_range_is_refused_with_InvalidCastException(string expression)
    {
        // DuckDB stores these (dates before year 1 or after 9999, the end-of-day TIME 24:00:00, offsets beyond ±14 h or
        // with seconds, intervals beyond 10.6 million days) but the CLR types cannot: reading them must fail as a cast,
        // never wrap around (TIMESTAMP '60000-01-01' used to read as 1544-08-05 18:23:49).
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT {expression}, {expression}::VARCHAR");

        Assert.False(reader.IsDBNull(0));
        Assert.Throws<InvalidCastException>(() => reader.GetValue(0));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<object>(0));
        Assert.NotEmpty(reader.GetString(1));
    }
}
