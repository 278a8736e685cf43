namespace Pipeline.DuckDb.Reading;

/// <summary>
/// A column whose type has no CLR mapping here (UNION, BIT, BIGNUM, GEOMETRY, VARIANT). The other columns of
/// the row stay readable; reading this one says how to get at it.
/// </summary>
internal sealed class UnsupportedColumnReader(ColumnTypeInfo type) : ColumnReader<object>(type)
{
    public override object Get(int row) =>
        throw new NotSupportedException($"Columns of type {Type.Name} cannot be read by this provider; cast the column to VARCHAR in SQL.");
}
