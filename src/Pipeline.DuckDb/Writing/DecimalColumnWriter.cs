using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Writing;

/// <summary>
/// DECIMAL(w,s) columns: the value is rescaled to the column's scale and stored as its unscaled integer.
/// A value that would lose digits or overflow the width is refused, never rounded silently.
/// </summary>
internal sealed unsafe class DecimalColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    private static readonly Int128[] PowersOfTen = Enumerable.Range(0, 39).Select(Power).ToArray();

    public override void Write(int row, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        var unscaled = value < 0 ? -magnitude : magnitude;
        Store(row, Rescale(unscaled, scale, value));
    }

    public override void Write(int row, long value) => Store(row, Rescale(value, 0, value));

    public override void Write(int row, double value) => Write(row, (decimal)value);

    private Int128 Rescale(Int128 unscaled, int scale, object original)
    {
        var target = Type.DecimalScale;
        if (scale > target)
        {
            var divisor = PowersOfTen[scale - target];
            if (unscaled % divisor != 0)
            {
                throw new InvalidCastException($"Column '{Column}' is {Type.Name}: {original} has more than {target} decimal(s) and would be rounded.");
            }

            unscaled /= divisor;
        }
        else
        {
            unscaled *= PowersOfTen[target - scale];
        }

        return Int128.Abs(unscaled) < PowersOfTen[Type.DecimalWidth]
            ? unscaled
            : throw new OverflowException($"Column '{Column}' is {Type.Name}: {original} does not fit its {Type.DecimalWidth} digits.");
    }

    private void Store(int row, Int128 unscaled)
    {
        switch (Type.InternalType)
        {
            case DuckDBType.SmallInt:
                ((short*)Data)[row] = (short)unscaled;
                break;
            case DuckDBType.Integer:
                ((int*)Data)[row] = (int)unscaled;
                break;
            case DuckDBType.BigInt:
                ((long*)Data)[row] = (long)unscaled;
                break;
            default:
                ((HugeIntNative*)Data)[row] = new HugeIntNative(unscaled);
                break;
        }
    }

    private static Int128 Power(int exponent)
    {
        Int128 result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
