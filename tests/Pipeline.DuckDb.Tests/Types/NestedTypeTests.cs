namespace Pipeline.DuckDb.Tests.Types;

/// <summary>UUID, ENUM and the nested types: LIST, ARRAY (fixed size), STRUCT and MAP, alone and nested.</summary>
public sealed class NestedTypeTests
{
    public enum Mood
    {
        Sad,
        Ok,
        Happy,
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff")]
    [InlineData("7fffffff-ffff-ffff-ffff-ffffffffffff")]
    [InlineData("80000000-0000-0000-0000-000000000000")]
    [InlineData("550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public void A_UUID_reads_back_as_the_same_Guid(string text)
    {
        var expected = Guid.Parse(text);
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, $"SELECT v, v::VARCHAR FROM (SELECT '{text}'::UUID AS v)");

        Assert.Equal(expected.ToString("D"), reader.GetString(1));
        Assert.Equal("UUID", reader.GetDataTypeName(0));
        Assert.Equal(typeof(Guid), reader.GetFieldType(0));
        Assert.Equal(expected, reader.GetGuid(0));
        Assert.Equal(expected, reader.GetValue(0));
        Assert.Equal(expected, reader.GetFieldValue<Guid?>(0));
    }

    [Fact]
    public void UUIDs_sort_in_DuckDB_as_their_text_and_read_back_in_that_order()
    {
        string[] texts =
        [
            "00000000-0000-0000-0000-000000000000", "7fffffff-ffff-ffff-ffff-ffffffffffff",
            "80000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
        ];
        using var connection = TypeTestDatabase.Open();
        var values = string.Join(", ", texts.Reverse().Select(t => $"('{t}'::UUID)"));

        Assert.Equal(texts.Select(Guid.Parse), TestSql.Column<Guid>(connection, $"SELECT u FROM (VALUES {values}) t(u) ORDER BY u"));
    }

    [Fact]
    public void An_ENUM_reads_as_its_label_and_converts_to_a_CLR_enum()
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')");
        using var reader = TypeTestDatabase.Row(connection, "SELECT 'ok'::mood, 'happy'::mood, NULL::mood");

        Assert.Equal(typeof(string), reader.GetFieldType(0));
        Assert.StartsWith("ENUM", reader.GetDataTypeName(0), StringComparison.Ordinal);
        Assert.Equal("ok", reader.GetValue(0));
        Assert.Equal("happy", reader.GetString(1));
        Assert.Equal(Mood.Ok, reader.GetFieldValue<Mood>(0));
        Assert.Equal(Mood.Happy, reader.GetFieldValue<Mood?>(1));
        Assert.True(reader.IsDBNull(2));
        Assert.Null(reader.GetFieldValue<Mood?>(2));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(70000)]
    public void An_ENUM_of_more_than_256_labels_reads_through_its_wider_index(int labels)
    {
        using var connection = TypeTestDatabase.Open();
        TypeTestDatabase.Exec(connection, $"CREATE TYPE wide AS ENUM (SELECT 'label' || range FROM range({labels}))");
        using var reader = TypeTestDatabase.Row(
            connection,
            $"SELECT 'label0'::wide, 'label255'::wide, 'label256'::wide, 'label{labels - 1}'::wide, ('label{labels - 1}'::wide)::VARCHAR");

        Assert.Equal("label0", reader.GetString(0));
        Assert.Equal("label255", reader.GetString(1));
        Assert.Equal("label256", reader.GetString(2));
        Assert.Equal(reader.GetString(4), reader.GetString(3));
        Assert.Equal($"label{labels - 1}", reader.GetValue(3));
    }

    [Fact]
    public void A_LIST_of_integers_keeps_its_NULL_elements()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT [1, NULL, 3], []::INTEGER[], NULL::INTEGER[], [2147483647, -2147483648]");

        Assert.Equal("INTEGER[]", reader.GetDataTypeName(0));
        Assert.Equal(typeof(List<int?>), reader.GetFieldType(0));
        Assert.Equal(new List<int?> { 1, null, 3 }, reader.GetValue(0));
        Assert.Equal(new List<int?> { 1, null, 3 }, reader.GetFieldValue<List<int?>>(0));
        Assert.Equal(new int?[] { 1, null, 3 }, reader.GetFieldValue<int?[]>(0));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<int[]>(0));
        Assert.Empty(reader.GetFieldValue<List<int?>>(1));
        Assert.True(reader.IsDBNull(2));
        Assert.Null(reader.GetFieldValue<List<int?>>(2));
        Assert.Equal(new[] { int.MaxValue, int.MinValue }, reader.GetFieldValue<int[]>(3));
        Assert.Equal(new List<long> { int.MaxValue, int.MinValue }, reader.GetFieldValue<List<long>>(3));
    }

    [Fact]
    public void A_LIST_of_strings_keeps_inline_long_and_NULL_elements()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT ['a', NULL, 'abcdefghijklm', '', '中文😀中文😀']");

        Assert.Equal("VARCHAR[]", reader.GetDataTypeName(0));
        Assert.Equal(typeof(List<string>), reader.GetFieldType(0));
        Assert.Equal(new List<string?> { "a", null, "abcdefghijklm", string.Empty, "中文😀中文😀" }, reader.GetValue(0));
        Assert.Equal(new[] { "a", null, "abcdefghijklm", string.Empty, "中文😀中文😀" }, reader.GetFieldValue<string?[]>(0));
    }

    [Fact]
    public void A_nested_LIST_reads_as_lists_of_lists()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT [[1, 2], [], NULL, [NULL, 3]], [[['a']], [['b', 'c'], []]]");

        Assert.Equal("INTEGER[][]", reader.GetDataTypeName(0));
        var value = Assert.IsType<List<List<int?>>>(reader.GetValue(0));
        Assert.Equal(4, value.Count);
        Assert.Equal(new List<int?> { 1, 2 }, value[0]);
        Assert.Empty(value[1]);
        Assert.Null(value[2]);
        Assert.Equal(new List<int?> { null, 3 }, value[3]);

        var deep = Assert.IsType<List<List<List<string>>>>(reader.GetValue(1));
        Assert.Equal("a", deep[0][0][0]);
        Assert.Equal(new List<string> { "b", "c" }, deep[1][0]);
        Assert.Empty(deep[1][1]);
    }

    [Fact]
    public void LISTs_keep_their_offsets_across_several_chunks()
    {
        using var connection = TypeTestDatabase.Open();
        using var command = TypeTestDatabase.Command(
            connection,
            "SELECT i, CASE WHEN i % 5 = 0 THEN NULL ELSE [i, NULL, i * 2] END, ['s' || i, repeat('x', (i % 15)::INTEGER)] " +
            "FROM range(6000) t(i) ORDER BY i");
        using var reader = command.ExecuteReader();
        var rows = 0L;
        while (reader.Read())
        {
            Assert.Equal(rows, reader.GetInt64(0));
            if (rows % 5 == 0)
            {
                Assert.True(reader.IsDBNull(1));
            }
            else
            {
                Assert.Equal(new List<long?> { rows, null, rows * 2 }, reader.GetFieldValue<List<long?>>(1));
            }

            Assert.Equal(new List<string> { "s" + rows, new('x', (int)(rows % 15)) }, reader.GetFieldValue<List<string>>(2));
            rows++;
        }

        Assert.Equal(6000, rows);
    }

    [Fact]
    public void A_fixed_size_ARRAY_reads_as_a_list_of_its_size()
    {
        using var connection = TypeTestDatabase.Open();
        using var command = TypeTestDatabase.Command(
            connection, "SELECT i, [i, NULL, -i]::BIGINT[3], ['a' || i, 'b']::VARCHAR[2] FROM range(5000) t(i) ORDER BY i");
        using var reader = command.ExecuteReader();
        var rows = 0L;
        while (reader.Read())
        {
            if (rows == 0)
            {
                Assert.Equal("BIGINT[3]", reader.GetDataTypeName(1));
                Assert.Equal(typeof(List<long?>), reader.GetFieldType(1));
            }

            Assert.Equal(new List<long?> { rows, null, -rows }, reader.GetValue(1));
            Assert.Equal(new[] { "a" + rows, "b" }, reader.GetFieldValue<string[]>(2));
            rows++;
        }

        Assert.Equal(5000, rows);
    }

    [Fact]
    public void A_STRUCT_reads_as_a_dictionary_of_its_fields()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection,
            "SELECT {'a': 1, 'b': 'abcdefghijklmnop', 'c': NULL::DATE, 'd': DATE '2024-02-29', 'e': {'x': [1, 2]}}, NULL::STRUCT(a INTEGER)");

        Assert.Equal("STRUCT(a INTEGER, b VARCHAR, c DATE, d DATE, e STRUCT(x INTEGER[]))", reader.GetDataTypeName(0));
        Assert.Equal(typeof(Dictionary<string, object?>), reader.GetFieldType(0));
        var value = reader.GetFieldValue<Dictionary<string, object?>>(0);
        Assert.Equal(new[] { "a", "b", "c", "d", "e" }, value.Keys);
        Assert.Equal(1, value["a"]);
        Assert.Equal("abcdefghijklmnop", value["b"]);
        Assert.Null(value["c"]);
        Assert.Equal(new DateOnly(2024, 2, 29), value["d"]);
        var inner = Assert.IsType<Dictionary<string, object?>>(value["e"]);
        Assert.Equal(new List<int?> { 1, 2 }, inner["x"]);
        Assert.True(reader.IsDBNull(1));
    }

    [Fact]
    public void A_LIST_of_STRUCTs_reads_each_element_from_its_own_row_of_the_children()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(connection, "SELECT [{'k': 1, 'v': 'one'}, NULL, {'k': 3, 'v': NULL}]");

        var value = Assert.IsType<List<Dictionary<string, object?>>>(reader.GetValue(0));
        Assert.Equal(1, value[0]["k"]);
        Assert.Equal("one", value[0]["v"]);
        Assert.Null(value[1]);
        Assert.Equal(3, value[2]["k"]);
        Assert.Null(value[2]["v"]);
    }

    [Fact]
    public void A_MAP_reads_as_a_dictionary_with_NULL_values_kept()
    {
        using var connection = TypeTestDatabase.Open();
        using var reader = TypeTestDatabase.Row(
            connection, "SELECT MAP {'k1': 1, 'k2': NULL, 'a much longer key': 3}, MAP {1: [1.5, 2.5]}, MAP {}::MAP(INTEGER, INTEGER)");

        Assert.Equal("MAP(VARCHAR, INTEGER)", reader.GetDataTypeName(0));
        Assert.Equal(typeof(Dictionary<object, object?>), reader.GetFieldType(0));
        var map = reader.GetFieldValue<Dictionary<object, object?>>(0);
        Assert.Equal(3, map.Count);
        Assert.Equal(1, map["k1"]);
        Assert.Null(map["k2"]);
        Assert.Equal(3, map["a much longer key"]);

        var withLists = Assert.IsType<Dictionary<object, object?>>(reader.GetValue(1));
        Assert.Equal(new List<decimal?> { 1.5m, 2.5m }, withLists[1]);
        Assert.Empty(reader.GetFieldValue<Dictionary<object, object?>>(2));
    }

    [Fact]
    public void MAPs_keep_their_entries_apart_across_rows_and_chunks()
    {
        using var connection = TypeTestDatabase.Open();
        using var command = TypeTestDatabase.Command(connection, "SELECT i, MAP {'i': i, 'twice': i * 2} FROM range(4100) t(i) ORDER BY i");
        using var reader = command.ExecuteReader();
        var rows = 0L;
        while (reader.Read())
        {
            var map = reader.GetFieldValue<Dictionary<object, object?>>(1);
            Assert.Equal(rows, map["i"]);
            Assert.Equal(rows * 2, map["twice"]);
            rows++;
        }

        Assert.Equal(4100, rows);
    }
}
