using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>
/// Reads one column of the current data chunk straight from DuckDB's vector memory. Built once per result
/// from the column's logical type, then re-bound to each chunk's vector.
/// </summary>
internal abstract unsafe class ColumnReader
{
    private ulong* validity;

    protected ColumnReader(ColumnTypeInfo type) => Type = type;

    public ColumnTypeInfo Type { get; }

    /// <summary>The CLR type <see cref="GetValue"/> returns.</summary>
    public abstract Type FieldType { get; }

    /// <summary>The vector's data; valid until the chunk is destroyed.</summary>
    protected void* Data { get; private set; }

    public virtual void Bind(IntPtr vector)
    {
        Data = NativeMethods.VectorGetData(vector);
        validity = NativeMethods.VectorGetValidity(vector);
    }

    /// <summary>A NULL validity mask means every row is valid.</summary>
    public bool IsNull(int row) => validity != null && (validity[row >> 6] & (1UL << (row & 63))) == 0;

    public abstract object GetValue(int row);
}

/// <summary>A column reader that returns <typeparamref name="T"/> without boxing.</summary>
internal abstract class ColumnReader<T> : ColumnReader
{
    protected ColumnReader(ColumnTypeInfo type)
        : base(type)
    {
    }

    public sealed override Type FieldType => typeof(T);

    public abstract T Get(int row);

    public sealed override object GetValue(int row) => Get(row)!;
}
