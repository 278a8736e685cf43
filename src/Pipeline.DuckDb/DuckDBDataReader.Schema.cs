using System.Data;
using System.Data.Common;
using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb;

public sealed partial class DuckDBDataReader
{
    /// <summary>The standard schema table (column names, CLR and DuckDB types, precision and scale).</summary>
    public override DataTable GetSchemaTable()
    {
        var table = new DataTable("SchemaTable")
        {
            Locale = System.Globalization.CultureInfo.InvariantCulture,
        };
        table.Columns.Add(SchemaTableColumn.ColumnName, typeof(string));
        table.Columns.Add(SchemaTableColumn.ColumnOrdinal, typeof(int));
        table.Columns.Add(SchemaTableColumn.ColumnSize, typeof(int));
        // int, not short: GetColumnSchema() reads these as int? and would see a boxed short as null.
        table.Columns.Add(SchemaTableColumn.NumericPrecision, typeof(int));
        table.Columns.Add(SchemaTableColumn.NumericScale, typeof(int));
        table.Columns.Add(SchemaTableColumn.DataType, typeof(Type));
        table.Columns.Add(SchemaTableColumn.ProviderType, typeof(int));
        table.Columns.Add(SchemaTableColumn.IsLong, typeof(bool));
        table.Columns.Add(SchemaTableColumn.AllowDBNull, typeof(bool));
        table.Columns.Add(SchemaTableColumn.IsUnique, typeof(bool));
        table.Columns.Add(SchemaTableColumn.IsKey, typeof(bool));
        table.Columns.Add(SchemaTableColumn.BaseColumnName, typeof(string));
        table.Columns.Add(SchemaTableOptionalColumn.IsReadOnly, typeof(bool));
        table.Columns.Add("DataTypeName", typeof(string));

        for (var i = 0; i < FieldCount; i++)
        {
            ColumnReader reader = Result.Readers[i];
            var type = reader.Type;
            table.Rows.Add(
                Result.Names[i],
                i,
                -1,
                type.Id == DuckDBType.Decimal ? type.DecimalWidth : DBNull.Value,
                type.Id == DuckDBType.Decimal ? type.DecimalScale : DBNull.Value,
                reader.FieldType,
                (int)type.Id,
                type.Id is DuckDBType.Varchar or DuckDBType.Blob,
                true,
                false,
                false,
                Result.Names[i],
                true,
                type.Name);
        }

        return table;
    }
}
