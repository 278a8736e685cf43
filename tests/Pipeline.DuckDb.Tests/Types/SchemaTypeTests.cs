using System.Data.Common;
using System.Numerics;

namespace Pipeline.DuckDb.Tests.Types;

/// <summary>Column metadata: GetSchemaTable, GetDataTypeName against DuckDB's own typeof(), GetOrdinal.</summary>
public sealed class SchemaTypeTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("1::TINYINT")]
    [InlineData("1::SMALLINT")]
    [InlineData("1::INTEGER")]
    [InlineData("1::BIGINT")]
    [InlineData("1::UTINYINT")]
    [InlineData("1::USMALLINT")]
    [InlineData("1::UINTEGER")]
    [InlineData("1::UBIGINT")]
    [InlineData("1::HUGEINT")]
    [InlineData("1::UHUGEINT")]
    [InlineData("1::FLOAT")]
    [InlineData("1::DOUBLE")]
    [InlineData("1::DECIMAL(4,1)")]
    [InlineData("1::DECIMAL(9,3)")]
    [InlineData("1::DECIMAL(18,2)")]
    [InlineData("1::DECIMAL(38,10)")]
    [InlineData("'x'")]
    [InlineData("'x'::BLOB")]
    [InlineData("DATE '2024-01-01'")]
    [InlineData("TIME '12:00:00'")]
    [InlineData("'12:00:00'::TIME_NS")]
    [InlineData("TIMETZ '12:00:00+01'")]
    [InlineData("TIMESTAMP '2024-01-01'")]
    [InlineData("'2024-01-01'::TIMESTAMP_S")]
    [InlineData("'2024-01-01'::TIMESTAMP_MS")]
    [InlineData("'2024-01-01'::TIMESTAMP_NS")]
    [InlineData("TIMESTAMPTZ '2024-01-01 00:00:00+00'")]
    [InlineData("INTERVAL '1 day'")]
    [InlineData("gen_random_uuid()")]
    [InlineData("[1, 2]")]
    [InlineData("[['a']]")]
    [InlineData("[1, 2]::INTEGER[2]")]
    [InlineData("{'a': 1, 'b': 'x'}")]
    [InlineData("MAP {'a': 1}")]
    [InlineData("[{'a': [1.5]}]")]
    public void GetDataTypeName_is_DuckDB_own_type_name(string expression)
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, typeof(v) FROM (SELECT {expression} AS v)");

        Assert.Equal(reader.GetString(1), reader.GetDataTypeName(0));
    }

    [Fact]
    public void GetFieldType_names_the_CLR_type_GetValue_returns()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection,
            "SELECT true, 1::TINYINT, 1::UTINYINT, 1::SMALLINT, 1::USMALLINT, 1, 1::UINTEGER, 1::BIGINT, 1::UBIGINT, 1::HUGEINT, 1::UHUGEINT, " +
            "1::FLOAT, 1::DOUBLE, 1::DECIMAL(38,2), 'x', 'x'::BLOB, DATE '2024-01-01', TIME '12:00', TIMETZ '12:00:00+01', " +
            "TIMESTAMP '2024-01-01', TIMESTAMPTZ '2024-01-01 00:00:00+00', INTERVAL '1 day', gen_random_uuid(), [1], ['a'], {'a': 1}, MAP {'a': 1}");

        Type[] expected =
        [
            typeof(bool), typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong),
            typeof(BigInteger), typeof(BigInteger), typeof(float), typeof(double), typeof(decimal), typeof(string), typeof(byte[]),
            typeof(DateOnly), typeof(TimeOnly), typeof(DateTimeOffset), typeof(DateTime), typeof(DateTime), typeof(TimeSpan), typeof(Guid),
            typeof(List<int?>), typeof(List<string>), typeof(Dictionary<string, object?>), typeof(Dictionary<object, object?>),
        ];
        Assert.Equal(expected.Length, reader.FieldCount);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], reader.GetFieldType(i));
            Assert.IsType(expected[i], reader.GetValue(i));
        }
    }

    [Fact]
    public void GetSchemaTable_describes_names_types_and_decimal_precision()
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(
            connection,
            "CREATE TABLE orders(Id BIGINT, Customer VARCHAR, Amount DECIMAL(18,2), Rate DECIMAL(38,10), Small DECIMAL(4,1), Day DATE, Ref UUID)");
        using var command = TypeTestDatabase.Command(connection, "SELECT * FROM orders");
        using var reader = command.ExecuteReader();
        var schema = reader.GetSchemaTable();

        Assert.Equal(7, schema.Rows.Count);
        string[] names = ["Id", "Customer", "Amount", "Rate", "Small", "Day", "Ref"];
        Type[] types = [typeof(long), typeof(string), typeof(decimal), typeof(decimal), typeof(decimal), typeof(DateOnly), typeof(Guid)];
        string[] typeNames = ["BIGINT", "VARCHAR", "DECIMAL(18,2)", "DECIMAL(38,10)", "DECIMAL(4,1)", "DATE", "UUID"];
        for (var i = 0; i < names.Length; i++)
        {
            var row = schema.Rows[i];
            Assert.Equal(names[i], row[SchemaTableColumn.ColumnName]);
            Assert.Equal(i, row[SchemaTableColumn.ColumnOrdinal]);
            Assert.Equal(types[i], row[SchemaTableColumn.DataType]);
            Assert.Equal(typeNames[i], row["DataTypeName"]);
            Assert.Equal(true, row[SchemaTableColumn.AllowDBNull]);
        }

        Assert.Equal(18, schema.Rows[2][SchemaTableColumn.NumericPrecision]);
        Assert.Equal(2, schema.Rows[2][SchemaTableColumn.NumericScale]);
        Assert.Equal(38, schema.Rows[3][SchemaTableColumn.NumericPrecision]);
        Assert.Equal(10, schema.Rows[3][SchemaTableColumn.NumericScale]);
        Assert.Equal(4, schema.Rows[4][SchemaTableColumn.NumericPrecision]);
        Assert.Equal(1, schema.Rows[4][SchemaTableColumn.NumericScale]);
        Assert.Equal(DBNull.Value, schema.Rows[0][SchemaTableColumn.NumericPrecision]);
        Assert.Equal(DBNull.Value, schema.Rows[1][SchemaTableColumn.NumericScale]);
    }

    [Fact]
    public void GetColumnSchema_follows_the_schema_table()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT 1.5::DECIMAL(9,3) AS amount, 'x' AS label");
        var columns = reader.GetColumnSchema();

        Assert.Equal("amount", columns[0].ColumnName);
        Assert.Equal(typeof(decimal), columns[0].DataType);
        Assert.Equal(9, columns[0].NumericPrecision);
        Assert.Equal(3, columns[0].NumericScale);
        Assert.Equal(typeof(string), columns[1].DataType);
    }

    [Fact]
    public void GetOrdinal_prefers_the_exact_name_then_ignores_case()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT 1 AS CustomerId, 2 AS amount, 3 AS \"Amount\", 4 AS \"Ünïcode\"");

        Assert.Equal(0, reader.GetOrdinal("CustomerId"));
        Assert.Equal(0, reader.GetOrdinal("customerid"));
        Assert.Equal(0, reader.GetOrdinal("CUSTOMERID"));
        Assert.Equal(1, reader.GetOrdinal("amount"));
        Assert.Equal(2, reader.GetOrdinal("Amount"));
        Assert.Equal(1, reader.GetOrdinal("AMOUNT"));
        Assert.Equal(3, reader.GetOrdinal("ünïcode"));
        Assert.Equal("CustomerId", reader.GetName(0));
        Assert.Equal(1, reader["customerid"]);
        Assert.Throws<IndexOutOfRangeException>(() => reader.GetOrdinal("missing"));
    }
}
