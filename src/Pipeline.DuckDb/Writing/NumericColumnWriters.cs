using System.Numerics;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Writing;

/// <summary>Integer columns of every width; values out of the column's range are refused.</summary>
internal sealed unsafe class IntegerColumnWriter<T>(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
    where T : unmanaged, IBinaryInteger<T>
{
    public override void Write(int row, long value) => ((T*)Data)[row] = Checked(value);

    public override void Write(int row, Int128 value) => ((T*)Data)[row] = Checked(value);

    public override void Write(int row, bool value) => ((T*)Data)[row] = value ? T.One : T.Zero;

    private T Checked<TValue>(TValue value)
        where TValue : IBinaryInteger<TValue>
    {
        try
        {
            return T.CreateChecked(value);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"Column '{Column}' is {Type.Name}: {value} is out of its range.", e);
        }
    }
}

/// <summary>FLOAT and DOUBLE columns.</summary>
internal sealed unsafe class FloatingColumnWriter<T>(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
    where T : unmanaged, IFloatingPoint<T>
{
    public override void Write(int row, double value) => ((T*)Data)[row] = T.CreateTruncating(value);

    public override void Write(int row, long value) => ((T*)Data)[row] = T.CreateTruncating(value);

    public override void Write(int row, decimal value) => ((T*)Data)[row] = T.CreateTruncating(value);
}

/// <summary>BOOLEAN columns.</summary>
internal sealed unsafe class BooleanColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    public override void Write(int row, bool value) => ((bool*)Data)[row] = value;
}

/// <summary>HUGEINT columns.</summary>
internal sealed unsafe class HugeIntColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    public override void Write(int row, long value) => Write(row, (Int128)value);

    public override void Write(int row, Int128 value) => ((Interop.HugeIntNative*)Data)[row] = new Interop.HugeIntNative(value);
}
