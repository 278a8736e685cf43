using System.Numerics;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>HUGEINT as <see cref="BigInteger"/> (and Int128 through GetFieldValue).</summary>
internal sealed unsafe class HugeIntColumnReader(ColumnTypeInfo type) : ColumnReader<BigInteger>(type)
{
    public Int128 GetInt128(int row) => ((HugeIntNative*)Data)[row].ToInt128();

    public override BigInteger Get(int row) => GetInt128(row);
}

/// <summary>UHUGEINT as <see cref="BigInteger"/> (and UInt128 through GetFieldValue).</summary>
internal sealed unsafe class UHugeIntColumnReader(ColumnTypeInfo type) : ColumnReader<BigInteger>(type)
{
    public UInt128 GetUInt128(int row)
    {
        var value = ((HugeIntNative*)Data)[row];
        return new UInt128((ulong)value.Upper, value.Lower);
    }

    public override BigInteger Get(int row) => GetUInt128(row);
}
