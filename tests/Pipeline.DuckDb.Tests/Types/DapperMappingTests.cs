using Dapper;

namespace Pipeline.DuckDb.Tests.Types;

/// <summary>
/// Dapper over the provider: anonymous-object parameters written <c>$name</c> in SQL, records and classes mapped from
/// columns of the common types (DateOnly, DateTime, decimal, Guid, nullable), QuerySingle and Execute.
/// </summary>
public sealed class DapperMappingTests
{
    private const string CreateOrders =
        "CREATE TABLE orders(id BIGINT, customer VARCHAR, amount DECIMAL(18,2), day DATE, created_at TIMESTAMP, " +
        "paid_at TIMESTAMPTZ, ref UUID, quantity INTEGER, note VARCHAR, rate DOUBLE, flag BOOLEAN)";

    private const string InsertOrder =
        "INSERT INTO orders VALUES ($id, $customer, $amount, $day, $createdAt, $paidAt, $ref, $quantity, $note, $rate, $flag)";

    private static readonly Guid Ref1 = Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff");
    private static readonly Guid Ref2 = Guid.Parse("00000000-0000-0000-0000-000000000001");

    [Fact]
    public void Execute_with_anonymous_objects_and_Query_into_a_record()
    {
        using var connection = Seeded();

        var orders = connection.Query<OrderRecord>(
            "SELECT id AS Id, customer AS Customer, amount AS Amount, day AS Day, created_at AS CreatedAt, ref AS Ref, quantity AS Quantity, " +
            "note AS Note FROM orders ORDER BY id").ToList();

        Assert.Equal(
            new[]
            {
                new OrderRecord(1, "Zoé 中文", 0.09m, new DateOnly(1900, 1, 1), new DateTime(2024, 2, 29, 12, 34, 56, 789), Ref1, 3, "first"),
                new OrderRecord(2, "abcdefghijklm", -12345.67m, new DateOnly(9999, 12, 31), new DateTime(1969, 12, 31, 23, 59, 59), Ref2, null, null),
            },
            orders);
    }

    [Fact]
    public void Query_into_a_class_converts_DATE_to_DateTime_and_keeps_nullable_members()
    {
        using var connection = Seeded();

        var orders = connection.Query<OrderRow>(
            "SELECT id, customer, amount, day, created_at AS CreatedAt, paid_at AS PaidAt, ref, quantity, note, rate, flag FROM orders ORDER BY id")
            .ToList();

        Assert.Equal(2, orders.Count);
        var first = orders[0];
        Assert.Equal(1, first.Id);
        Assert.Equal("Zoé 中文", first.Customer);
        Assert.Equal(0.09m, first.Amount);
        Assert.Equal(new DateTime(1900, 1, 1), first.Day);
        Assert.Equal(new DateTime(2024, 2, 29, 12, 34, 56, 789), first.CreatedAt);
        Assert.Equal(new DateTime(2024, 2, 29, 10, 0, 0, DateTimeKind.Utc), first.PaidAt);
        Assert.Equal(DateTimeKind.Utc, first.PaidAt!.Value.Kind);
        Assert.Equal(Ref1, first.Ref);
        Assert.Equal(3, first.Quantity);
        Assert.Equal(0.25, first.Rate);
        Assert.True(first.Flag);

        var second = orders[1];
        Assert.Equal(new DateTime(9999, 12, 31), second.Day);
        Assert.Null(second.PaidAt);
        Assert.Equal(Ref2, second.Ref);
        Assert.Null(second.Quantity);
        Assert.Null(second.Note);
        Assert.Null(second.Rate);
        Assert.Null(second.Flag);
    }

    [Fact]
    public void Parameters_filter_on_DateOnly_decimal_Guid_and_DateTime()
    {
        using var connection = Seeded();

        Assert.Equal(1, connection.QuerySingle<long>("SELECT id FROM orders WHERE day = $day", new { day = new DateOnly(1900, 1, 1) }));
        Assert.Equal(2, connection.QuerySingle<long>("SELECT id FROM orders WHERE amount = $amount", new { amount = -12345.67m }));
        Assert.Equal(2, connection.QuerySingle<long>("SELECT id FROM orders WHERE ref = $ref", new { @ref = Ref2 }));
        Assert.Equal(1, connection.QuerySingle<long>("SELECT id FROM orders WHERE created_at > $after", new { after = new DateTime(2000, 1, 1) }));
        Assert.Equal(2, connection.QuerySingle<long>("SELECT id FROM orders WHERE quantity IS NOT DISTINCT FROM $q", new { q = (int?)null }));
    }

    [Fact]
    public void QuerySingle_reads_scalars_of_each_common_type()
    {
        using var connection = TypeTestDatabase.Open();

        Assert.Equal(0.09m, connection.QuerySingle<decimal>("SELECT $d::DECIMAL(18,2)", new { d = 0.09m }));
        Assert.Equal(new DateOnly(1, 1, 1), connection.QuerySingle<DateOnly>("SELECT DATE '0001-01-01'"));
        Assert.Equal(new DateTime(2024, 2, 29), connection.QuerySingle<DateTime>("SELECT DATE '2024-02-29'"));
        Assert.Equal(new DateTime(2024, 2, 29, 1, 2, 3), connection.QuerySingle<DateTime>("SELECT TIMESTAMP '2024-02-29 01:02:03'"));
        Assert.Equal(Ref1, connection.QuerySingle<Guid>("SELECT $g", new { g = Ref1 }));
        Assert.Null(connection.QuerySingle<int?>("SELECT NULL::INTEGER"));
        Assert.Equal(7, connection.QuerySingle<int?>("SELECT 7"));
        Assert.Equal("€", connection.QuerySingle<string>("SELECT $s", new { s = "€" }));
        Assert.Equal(new DateOnly(2024, 2, 29), connection.QuerySingle<DateOnly>("SELECT $d", new { d = new DateOnly(2024, 2, 29) }));
    }

    [Fact]
    public void Aggregates_map_into_a_record_when_their_type_is_pinned_in_SQL()
    {
        using var connection = Seeded();

        // sum(DECIMAL(18,2)) is a DECIMAL(38,2) and count(*) a BIGINT: both map to the record's decimal and long.
        var total = connection.QuerySingle<Totals>("SELECT count(*) AS Orders, sum(amount) AS Amount, max(day) AS LastDay FROM orders");

        Assert.Equal(new Totals(2, -12345.58m, new DateOnly(9999, 12, 31)), total);
    }

    [Fact]
    public void A_HUGEINT_sum_maps_to_long_once_cast_in_SQL()
    {
        using var connection = Seeded();

        // sum(INTEGER) is a HUGEINT, read as BigInteger. Dapper 2.1.86 converts it into a long class property, but not into a
        // record's long parameter nor for QuerySingle<long> (and QuerySingle<BigInteger> maps it as an object, giving 0):
        // pin the type in SQL, or use ExecuteScalar.
        Assert.Equal("HUGEINT", connection.QuerySingle<string>("SELECT typeof(sum(quantity)) FROM orders"));
        Assert.Equal(new QuantityTotal(3), connection.QuerySingle<QuantityTotal>("SELECT sum(quantity)::BIGINT AS Total FROM orders"));
        Assert.Equal(new System.Numerics.BigInteger(3), connection.ExecuteScalar<System.Numerics.BigInteger>("SELECT sum(quantity) FROM orders"));
    }

    [Fact]
    public void Execute_reports_the_rows_changed()
    {
        using var connection = Seeded();

        Assert.Equal(2, connection.Execute("UPDATE orders SET note = $note", new { note = "bulk" }));
        Assert.Equal(1, connection.Execute("DELETE FROM orders WHERE id = $id", new { id = 1 }));
        Assert.Equal(new[] { "bulk" }, connection.Query<string>("SELECT note FROM orders"));
    }

    private static DuckDBConnection Seeded()
    {
        var connection = TypeTestDatabase.Open();
        connection.Execute(CreateOrders);
        var inserted = connection.Execute(
            InsertOrder,
            new[]
            {
                new
                {
                    id = 1L, customer = "Zoé 中文", amount = 0.09m, day = new DateOnly(1900, 1, 1),
                    createdAt = new DateTime(2024, 2, 29, 12, 34, 56, 789), paidAt = (DateTime?)new DateTime(2024, 2, 29, 10, 0, 0, DateTimeKind.Utc),
                    @ref = Ref1, quantity = (int?)3, note = (string?)"first", rate = (double?)0.25, flag = (bool?)true,
                },
                new
                {
                    id = 2L, customer = "abcdefghijklm", amount = -12345.67m, day = new DateOnly(9999, 12, 31),
                    createdAt = new DateTime(1969, 12, 31, 23, 59, 59), paidAt = (DateTime?)null,
                    @ref = Ref2, quantity = (int?)null, note = (string?)null, rate = (double?)null, flag = (bool?)null,
                },
            });
        Assert.Equal(2, inserted);
        return connection;
    }

    /// <summary>A row as a positional record: Dapper maps the constructor by column name and type.</summary>
    public sealed record OrderRecord(
        long Id, string Customer, decimal Amount, DateOnly Day, DateTime CreatedAt, Guid Ref, int? Quantity, string? Note);

    /// <summary>A BIGINT total.</summary>
    public sealed record QuantityTotal(long Total);

    /// <summary>Aggregates as a positional record.</summary>
    public sealed record Totals(long Orders, decimal Amount, DateOnly LastDay);

    /// <summary>A row as a class with settable properties; Day is a DateTime although the column is a DATE (DuckDB.NET #227).</summary>
    public sealed class OrderRow
    {
        public long Id { get; set; }

        public string Customer { get; set; } = string.Empty;

        public decimal Amount { get; set; }

        public DateTime Day { get; set; }

        public DateTime CreatedAt { get; set; }

        public DateTime? PaidAt { get; set; }

        public Guid Ref { get; set; }

        public int? Quantity { get; set; }

        public string? Note { get; set; }

        public double? Rate { get; set; }

        public bool? Flag { get; set; }
    }
}
