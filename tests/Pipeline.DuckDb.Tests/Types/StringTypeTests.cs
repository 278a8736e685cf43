namespace Pipeline.DuckDb.Tests.Types;

/// <summary>
/// VARCHAR and BLOB around duckdb_string_t's inline limit: up to 12 bytes are stored inline, 13 and more behind a
/// pointer. Multi-byte UTF-8 is placed right at, and across, that boundary.
/// </summary>
public sealed class StringTypeTests
{
    public static TheoryData<string, int> Strings => new()
    {
        { string.Empty, 0 },
        { "a", 1 },
        { "abcdefghijkl", 12 },
        { "abcdefghijklm", 13 },
        { "ééééé12", 12 },
        { "ééééé123", 13 },
        { "abcdefghijké", 13 },
        { "abcdefghijé", 12 },
        { "中文中文", 12 },
        { "中文中文a", 13 },
        { "abcdefghij中", 13 },
        { "😀😀😀", 12 },
        { "😀😀😀!", 13 },
        { "abcdefghijk😀", 15 },
        { "it's \"quoted\"\ttab\nnewline\0nul", 29 },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void A_VARCHAR_reads_back_whatever_its_length_in_bytes(string value, int utf8Bytes)
    {
        using var connection = TypeTestDatabase.Open();

        // The value goes in as a parameter, so quotes and NUL need no escaping; DuckDB counts its bytes.
        using var reader = TypeTestDatabase.Row(connection, "SELECT v, strlen(v), length(v) FROM (SELECT $v::VARCHAR AS v)", ("v", value));

        Assert.Equal(utf8Bytes, reader.GetInt64(1));
        Assert.Equal("VARCHAR", reader.GetDataTypeName(0));
        Assert.Equal(typeof(string), reader.GetFieldType(0));
        Assert.Equal(value, reader.GetString(0));
        Assert.Equal(value, reader.GetValue(0));
        Assert.Equal(value, reader.GetFieldValue<string>(0));
    }

    [Fact]
    public void VARCHAR_literals_in_the_SQL_text_read_back_with_their_multi_byte_characters()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT 'ééééé123', '中文中文a', '😀😀😀!', strlen('😀😀😀!'), ''");

        Assert.Equal("ééééé123", reader.GetString(0));
        Assert.Equal("中文中文a", reader.GetString(1));
        Assert.Equal("😀😀😀!", reader.GetString(2));
        Assert.Equal(13L, reader.GetInt64(3));
        Assert.Equal(string.Empty, reader.GetString(4));
    }

    [Fact]
    public void Long_strings_of_100_KB_read_back_whole()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection, "SELECT repeat('abcdefghij', 10240), repeat('中文😀', 10000), strlen(repeat('中文😀', 10000))");

        Assert.Equal(string.Concat(Enumerable.Repeat("abcdefghij", 10240)), reader.GetString(0));
        Assert.Equal(102_400, reader.GetString(0).Length);
        Assert.Equal(string.Concat(Enumerable.Repeat("中文😀", 10000)), reader.GetString(1));
        Assert.Equal(100_000L, reader.GetInt64(2));
    }

    [Fact]
    public void Inline_and_pointer_strings_mix_across_several_chunks()
    {
        using var connection = TypeTestDatabase.Open();
        using var command = TypeTestDatabase.Command(connection, "SELECT i, repeat('é', (i % 20)::INTEGER) FROM range(7000) t(i) ORDER BY i");
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            Assert.Equal(rows, reader.GetInt64(0));
            Assert.Equal(new string('é', rows % 20), reader.GetString(1));
            rows++;
        }

        Assert.Equal(7000, rows);
    }

    [Fact]
    public void GetChars_and_GetChar_read_a_VARCHAR_in_pieces()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT '中文😀abc'");

        Assert.Equal('中', reader.GetChar(0));
        Assert.Equal(7, reader.GetChars(0, 0, null, 0, 0));
        var buffer = new char[4];
        Assert.Equal(4, reader.GetChars(0, 2, buffer, 0, 4));
        Assert.Equal("😀ab", new string(buffer));
    }

    public static TheoryData<string> Blobs => new()
    {
        string.Empty,
        "00",
        "000000000000",
        "00000000000000000000000000",
        "00FF7F80",
        "DEADBEEF00112233445566",
        "DEADBEEF0011223344556677",
        "DEADBEEF001122334455667788",
        string.Concat(Enumerable.Range(0, 256).Select(i => i.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))),
    };

    [Theory]
    [MemberData(nameof(Blobs))]
    public void A_BLOB_reads_back_byte_for_byte(string hex)
    {
        var expected = Convert.FromHexString(hex);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT from_hex('{hex}'), octet_length(from_hex('{hex}'))");

        Assert.Equal(expected.Length, reader.GetInt64(1));
        Assert.Equal("BLOB", reader.GetDataTypeName(0));
        Assert.Equal(typeof(byte[]), reader.GetFieldType(0));
        Assert.Equal(expected, (byte[])reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<byte[]>(0));
        Assert.Equal(expected.Length, reader.GetBytes(0, 0, null, 0, 0));
        var buffer = new byte[expected.Length];
        Assert.Equal(expected.Length, reader.GetBytes(0, 0, buffer, 0, buffer.Length));
        Assert.Equal(expected, buffer);
        using var stream = new MemoryStream();
        reader.GetStream(0).CopyTo(stream);
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void GetBytes_reads_a_BLOB_in_pieces_from_an_offset()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, @"SELECT '\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0A\x0B\x0C\x0D\xFF'::BLOB");

        var buffer = new byte[6];
        Assert.Equal(4, reader.GetBytes(0, 11, buffer, 2, 4));
        Assert.Equal(new byte[] { 0, 0, 0x0B, 0x0C, 0x0D, 0xFF }, buffer);
        Assert.Equal(0, reader.GetBytes(0, 15, buffer, 0, 6));
    }
}
