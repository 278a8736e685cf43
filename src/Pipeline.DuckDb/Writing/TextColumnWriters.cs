using System.Text;
using Pipeline.DuckDb.Interop;
using Pipeline.DuckDb.Reading;

namespace Pipeline.DuckDb.Writing;

/// <summary>VARCHAR columns: strings are encoded to UTF-8 in a reused buffer and copied into the vector.</summary>
internal sealed unsafe class VarcharColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    private byte[] buffer = new byte[256];

    public override void Write(int row, string value)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (needed > buffer.Length)
        {
            buffer = new byte[Math.Max(needed, buffer.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, buffer);
        fixed (byte* bytes = buffer)
        {
            NativeMethods.UnsafeVectorAssignStringElementLen(Vector, (ulong)row, bytes, (ulong)length);
        }
    }

    public override void Write(int row, long value) => Write(row, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>BLOB columns.</summary>
internal sealed unsafe class BlobColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    public override void Write(int row, ReadOnlySpan<byte> value)
    {
        fixed (byte* bytes = value)
        {
            NativeMethods.UnsafeVectorAssignStringElementLen(Vector, (ulong)row, bytes, (ulong)value.Length);
        }
    }
}

/// <summary>UUID columns.</summary>
internal sealed unsafe class UuidColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column)
{
    public override void Write(int row, Guid value) => ((HugeIntNative*)Data)[row] = UuidColumnReader.FromGuid(value);

    public override void Write(int row, string value) => Write(row, Guid.Parse(value));
}

/// <summary>A column type the appender cannot fill (nested types, ENUM...): append through SQL instead.</summary>
internal sealed class UnsupportedColumnWriter(ColumnTypeInfo type, string column) : ColumnWriter(type, column);
