using System.Data;
using System.Data.Common;

namespace Pipeline.DuckDb.Tests;

public sealed class ProviderFactoryTests
{
    private static readonly DbProviderFactory Factory = DuckDBProviderFactory.Instance;

    [Fact]
    public void Factory_objects_work_together()
    {
        using var folder = new TempFolder();
        var builder = Factory.CreateConnectionStringBuilder()!;
        builder["Data Source"] = folder.PathOf("factory.duckdb");
        builder["threads"] = 1;
        using var connection = Factory.CreateConnection()!;
        connection.ConnectionString = builder.ConnectionString;
        connection.Open();
        using var command = Factory.CreateCommand()!;
        command.Connection = connection;
        command.CommandText = "SELECT $x + 1, current_setting('threads')";
        var parameter = Factory.CreateParameter()!;
        parameter.ParameterName = "x";
        parameter.Value = 41;
        command.Parameters.Add(parameter);

        using var reader = command.ExecuteReader();

        Assert.IsType<DuckDBConnection>(connection);
        Assert.IsType<DuckDBCommand>(command);
        Assert.IsType<DuckDBParameter>(parameter);
        Assert.True(reader.Read());
        Assert.Equal(42, reader.GetInt32(0));
        Assert.Equal(1L, reader.GetInt64(1));
    }

    [Fact]
    public void The_factory_is_found_from_a_connection()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");

        Assert.Same(DuckDBProviderFactory.Instance, DbProviderFactories.GetFactory(connection));
    }

    [Fact]
    public void A_data_table_loads_from_a_reader()
    {
        using var connection = TestSql.OpenMemory();
        using var command = new DuckDBCommand("SELECT i::INTEGER AS id, 'n' || i AS name FROM range(3) r(i) ORDER BY i", connection);
        using var reader = command.ExecuteReader();
        using var table = new DataTable();

        table.Load(reader);

        Assert.Equal(["id", "name"], table.Columns.Cast<DataColumn>().Select(c => c.ColumnName));
        Assert.Equal(typeof(int), table.Columns[0].DataType);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("n2", table.Rows[2]["name"]);
    }

    [Fact]
    public void Parameters_are_input_only_and_commands_text_only()
    {
        var parameter = Factory.CreateParameter()!;
        using var command = Factory.CreateCommand()!;

        Assert.Throws<NotSupportedException>(() => parameter.Direction = ParameterDirection.Output);
        Assert.Throws<NotSupportedException>(() => command.CommandType = CommandType.StoredProcedure);
    }
}
