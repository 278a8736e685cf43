using System.Numerics;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>
/// DECIMAL(w,s) of every width: the unscaled integer is read from its physical type (int16, int32, int64
/// or hugeint) and turned into an exact <see cref="decimal"/>. Values that need more than the 28-29 digits
/// of <see cref="decimal"/> are refused rather than rounded; read them as BigInteger (scale 0) or string.
/// </summary>
internal sealed unsafe class DecimalColumnReader(ColumnTypeInfo type) : ColumnReader<decimal>(type)
{
    private static readonly Int128 DecimalMantissaLimit = Int128.One << 96;

    public Int128 GetUnscaled(int row) => Type.InternalType switch
    {
        DuckDBType.SmallInt => ((short*)Data)[row],
        DuckDBType.Integer => ((int*)Data)[row],
        DuckDBType.BigInt => ((long*)Data)[row],
        _ => ((HugeIntNative*)Data)[row].ToInt128(),
    };

    public override decimal Get(int row)
    {
        if (Type.InternalType != DuckDBType.HugeInt)
        {
            // Up to 18 digits: the unscaled value always fits the 96-bit mantissa.
            var unscaled = Type.InternalType switch
            {
                DuckDBType.SmallInt => ((short*)Data)[row],
                DuckDBType.Integer => ((int*)Data)[row],
                _ => ((long*)Data)[row],
            };
            var magnitude = unscaled < 0 ? (ulong)-unscaled : (ulong)unscaled;
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, unscaled < 0, Type.DecimalScale);
        }

        return ToDecimal(GetUnscaled(row), Type.DecimalScale);
    }

    public BigInteger GetBigInteger(int row)
    {
        var unscaled = (BigInteger)GetUnscaled(row);
        var divisor = BigInteger.Pow(10, Type.DecimalScale);
        var whole = BigInteger.DivRem(unscaled, divisor, out var remainder);
        return remainder.IsZero
            ? whole
            : throw new InvalidCastException($"The {Type.Name} value {ToText(row)} has a fractional part and cannot be read as a BigInteger.");
    }

    /// <summary>The exact value as invariant text, whatever its width.</summary>
    public string ToText(int row)
    {
        var unscaled = GetUnscaled(row);
        var digits = Int128.Abs(unscaled).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(Type.DecimalScale + 1, '0');
        var sign = unscaled < 0 ? "-" : string.Empty;
        return Type.DecimalScale == 0 ? sign + digits : $"{sign}{digits[..^Type.DecimalScale]}.{digits[^Type.DecimalScale..]}";
    }

    internal static decimal ToDecimal(Int128 unscaled, int scale)
    {
        var negative = unscaled < 0;
        var magnitude = negative ? -unscaled : unscaled;
        while (scale > 0 && (magnitude >= DecimalMantissaLimit || scale > 28) && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        if (magnitude >= DecimalMantissaLimit || scale > 28)
        {
            throw new OverflowException(
                $"The DECIMAL value needs more than the 28 digits of System.Decimal; read it with GetString, or as BigInteger when its scale is 0.");
        }

        var low = (ulong)magnitude;
        var high = (uint)(magnitude >> 64);
        return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative, (byte)scale);
    }
}
