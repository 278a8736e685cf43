using System.Buffers.Binary;
using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>UUID: a hugeint whose top bit is flipped so that it sorts; the 16 bytes are big-endian.</summary>
internal sealed unsafe class UuidColumnReader(ColumnTypeInfo type) : ColumnReader<Guid>(type)
{
    public override Guid Get(int row) => ToGuid(((HugeIntNative*)Data)[row]);

    internal static Guid ToGuid(HugeIntNative value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)value.Upper ^ (1UL << 63));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], value.Lower);
        return new Guid(bytes, bigEndian: true);
    }

    internal static HugeIntNative FromGuid(Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes, bigEndian: true, out _);
        return new HugeIntNative
        {
            Upper = (long)(BinaryPrimitives.ReadUInt64BigEndian(bytes) ^ (1UL << 63)),
            Lower = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
        };
    }
}
