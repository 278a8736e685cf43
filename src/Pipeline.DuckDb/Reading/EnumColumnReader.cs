using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>ENUM: an index (uint8/16/32 by dictionary size) into the dictionary, returned as its string.</summary>
internal sealed unsafe class EnumColumnReader(ColumnTypeInfo type) : ColumnReader<string>(type)
{
    public override string Get(int row)
    {
        var index = Type.InternalType switch
        {
            DuckDBType.UTinyInt => ((byte*)Data)[row],
            DuckDBType.USmallInt => ((ushort*)Data)[row],
            _ => (int)((uint*)Data)[row],
        };
        return Type.EnumValues[index];
    }
}
