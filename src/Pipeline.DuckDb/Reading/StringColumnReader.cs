using Pipeline.DuckDb.Interop;

namespace Pipeline.DuckDb.Reading;

/// <summary>VARCHAR: UTF-8 in duckdb_string_t, inline up to 12 bytes, else behind a pointer.</summary>
internal sealed unsafe class StringColumnReader(ColumnTypeInfo type) : ColumnReader<string>(type)
{
    public override string Get(int row)
    {
        var value = (StringNative*)Data + row;
        return Utf8Text.FromSpan(Bytes(value), (int)value->Length);
    }

    /// <summary>The bytes of a string, which live as long as the chunk.</summary>
    internal static ReadOnlySpan<byte> Span(StringNative* value) => new(Bytes(value), (int)value->Length);

    private static byte* Bytes(StringNative* value) =>
        value->Length <= StringNative.InlineLength ? value->Inlined : value->Pointer;
}

/// <summary>BLOB: the same layout as VARCHAR, returned as bytes.</summary>
internal sealed unsafe class BlobColumnReader(ColumnTypeInfo type) : ColumnReader<byte[]>(type)
{
    public override byte[] Get(int row) => GetSpan(row).ToArray();

    public ReadOnlySpan<byte> GetSpan(int row) => StringColumnReader.Span((StringNative*)Data + row);
}
