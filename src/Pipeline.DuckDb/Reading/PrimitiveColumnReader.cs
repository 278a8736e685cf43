namespace Pipeline.DuckDb.Reading;

/// <summary>Fixed-width values stored as-is: BOOLEAN, signed and unsigned integers, FLOAT, DOUBLE.</summary>
internal sealed unsafe class PrimitiveColumnReader<T>(ColumnTypeInfo type) : ColumnReader<T>(type)
    where T : unmanaged
{
    public override T Get(int row) => ((T*)Data)[row];
}
