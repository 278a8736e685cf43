using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Writing;

/// <summary>
/// Writes appended values of one column straight into the appender's data chunk. Each typed Write is
/// overridden by the writers that accept that CLR type; anything else is a clear type mismatch.
/// </summary>
internal abstract unsafe class ColumnWriter(ColumnTypeInfo type, string column)
{
    private IntPtr vector;

    public ColumnTypeInfo Type { get; } = type;

    protected string Column { get; } = column;

    protected void* Data { get; private set; }

    protected IntPtr Vector => vector;

    /// <summary>Binds to the chunk's vector; needed again after every chunk reset.</summary>
    public void Bind(IntPtr chunkVector)
    {
        vector = chunkVector;
        Data = NativeMethods.VectorGetData(chunkVector);
    }

    public void WriteNull(int row)
    {
        NativeMethods.VectorEnsureValidityWritable(vector);
        var validity = NativeMethods.VectorGetValidity(vector);
        validity[row >> 6] &= ~(1UL << (row & 63));
    }

    public virtual void Write(int row, long value) => throw Mismatch(typeof(long));

    public virtual void Write(int row, double value) => throw Mismatch(typeof(double));

    public virtual void Write(int row, decimal value) => throw Mismatch(typeof(decimal));

    public virtual void Write(int row, bool value) => throw Mismatch(typeof(bool));

    public virtual void Write(int row, string value) => throw Mismatch(typeof(string));

    public virtual void Write(int row, ReadOnlySpan<byte> value) => throw Mismatch(typeof(byte[]));

    public virtual void Write(int row, DateOnly value) => throw Mismatch(typeof(DateOnly));

    public virtual void Write(int row, DateTime value) => throw Mismatch(typeof(DateTime));

    public virtual void Write(int row, TimeOnly value) => throw Mismatch(typeof(TimeOnly));

    public virtual void Write(int row, TimeSpan value) => throw Mismatch(typeof(TimeSpan));

    public virtual void Write(int row, Guid value) => throw Mismatch(typeof(Guid));

    public virtual void Write(int row, Int128 value) => throw Mismatch(typeof(Int128));

    protected InvalidCastException Mismatch(Type clrType) =>
        new($"Column '{Column}' is {Type.Name}: a {clrType.Name} value cannot be appended to it.");
}
