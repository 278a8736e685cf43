using System.Globalization;

namespace Pipeline.DuckDb.Tests.Types;

/// <summary>
/// NULL handling over 10 000 rows (several 2048-row chunks) for columns with no NULL (DuckDB may then hand over no
/// validity mask at all), only NULLs (computed, or a constant NULL), and every third row NULL; read from a query
/// and from a stored table, whose all-NULL columns DuckDB may store as constants.
/// </summary>
public sealed class NullDensityTypeTests
{
    private const int Rows = 10_000;
    private static readonly DateOnly Y2K = new(2000, 1, 1);

    private static readonly Column[] Columns =
    [
        new("INTEGER", "i::INTEGER", (r, o, i) =>
        {
            Assert.Equal((int)i, r.GetInt32(o));
            Assert.Equal((int)i, r.GetFieldValue<int?>(o));
        }),
        new("BIGINT", "i * 1000000000", (r, o, i) => Assert.Equal(i * 1_000_000_000, r.GetInt64(o))),
        new("DOUBLE", "i / 4", (r, o, i) => Assert.Equal(i / 4.0, r.GetDouble(o))),
        new("VARCHAR", "'value-' || i || '-with-a-long-tail'", (r, o, i) => Assert.Equal($"value-{i}-with-a-long-tail", r.GetString(o))),
        new("DECIMAL(18,2)", "CAST(i || '.25' AS DECIMAL(18,2))", (r, o, i) => Assert.Equal(i + 0.25m, r.GetDecimal(o))),
        new("DATE", "DATE '2000-01-01' + i::INTEGER", (r, o, i) => Assert.Equal(Y2K.AddDays((int)i), r.GetFieldValue<DateOnly>(o))),
        new(
            "TIMESTAMP",
            "TIMESTAMP '2000-01-01' + i * INTERVAL '1 second'",
            (r, o, i) => Assert.Equal(Y2K.ToDateTime(TimeOnly.MinValue).AddSeconds(i), r.GetDateTime(o))),
        new("BOOLEAN", "i % 2 = 0", (r, o, i) => Assert.Equal(i % 2 == 0, r.GetBoolean(o))),
        new(
            "UUID",
            "('00000000-0000-0000-0000-' || lpad(i::VARCHAR, 12, '0'))::UUID",
            (r, o, i) => Assert.Equal(Guid.Parse("00000000-0000-0000-0000-" + i.ToString("D12", CultureInfo.InvariantCulture)), r.GetGuid(o))),
        new("BIGINT[]", "[i, i + 1]", (r, o, i) => Assert.Equal(new List<long?> { i, i + 1 }, r.GetFieldValue<List<long?>>(o))),
    ];

    [Theory]
    [InlineData("none", false)]
    [InlineData("none", true)]
    [InlineData("all", false)]
    [InlineData("all", true)]
    [InlineData("constant", false)]
    [InlineData("constant", true)]
    [InlineData("every3rd", false)]
    [InlineData("every3rd", true)]
    public void Each_row_reads_as_NULL_or_as_its_value(string density, bool fromTable)
    {
        using var connection = TypeTestDatabase.Open();
        var select = "SELECT i, " + string.Join(", ", Columns.Select((c, n) => $"{Expression(c, density)} AS c{n}")) + $" FROM range({Rows}) t(i)";
        string sql;
        if (fromTable)
        {
            // Read back without ORDER BY: DuckDB keeps insertion order, and the scan hands over its stored vectors.
            TypeTestDatabase.Exec(connection, $"CREATE TABLE t AS {select} ORDER BY i");
            sql = "SELECT * FROM t";
        }
        else
        {
            sql = select + " ORDER BY i";
        }

        using var command = TypeTestDatabase.Command(connection, sql);
        using var reader = command.ExecuteReader();
        var nulls = 0;
        var row = 0L;
        while (reader.Read())
        {
            Assert.Equal(row, reader.GetInt64(0));
            var expectNull = density switch
            {
                "none" => false,
                "every3rd" => row % 3 == 0,
                _ => true,
            };
            for (var n = 0; n < Columns.Length; n++)
            {
                var ordinal = n + 1;
                Assert.Equal(expectNull, reader.IsDBNull(ordinal));
                if (expectNull)
                {
                    nulls++;
                    Assert.Same(DBNull.Value, reader.GetValue(ordinal));
                    Assert.Same(DBNull.Value, reader.GetFieldValue<object>(ordinal));
                }
                else
                {
                    Columns[n].Check(reader, ordinal, row);
                }
            }

            if (expectNull)
            {
                Assert.Null(reader.GetFieldValue<int?>(1));
                Assert.Null(reader.GetFieldValue<string>(4));
                Assert.Null(reader.GetFieldValue<decimal?>(5));
                Assert.Null(reader.GetFieldValue<List<long?>>(10));
                Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<int>(1));
                Assert.Throws<InvalidCastException>(() => reader.GetInt32(1));
                Assert.Throws<InvalidCastException>(() => reader.GetDateTime(7));
            }

            row++;
        }

        Assert.Equal(Rows, row);
        var expectedNulls = density switch
        {
            "none" => 0,
            "every3rd" => ((Rows + 2) / 3) * Columns.Length,
            _ => Rows * Columns.Length,
        };
        Assert.Equal(expectedNulls, nulls);
    }

    private static string Expression(Column column, string density) => density switch
    {
        "none" => $"({column.Expression})::{column.SqlType}",
        "all" => $"CASE WHEN i >= 0 THEN NULL ELSE ({column.Expression})::{column.SqlType} END",
        "constant" => $"NULL::{column.SqlType}",
        "every3rd" => $"CASE WHEN i % 3 = 0 THEN NULL ELSE ({column.Expression})::{column.SqlType} END",
        _ => throw new ArgumentOutOfRangeException(nameof(density)),
    };

    private sealed record Column(string SqlType, string Expression, Action<DuckDBDataReader, int, long> Check);
}
