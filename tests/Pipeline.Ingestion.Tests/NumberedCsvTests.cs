using System.Text;
using Pipeline.Ingestion.Reading;

namespace Pipeline.Ingestion.Tests;

public sealed class NumberedCsvTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "pipeline-numbered-csv-" + Guid.NewGuid().ToString("N"));

    public NumberedCsvTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Each_record_is_prefixed_with_the_line_it_starts_on_and_the_header_and_blank_lines_are_dropped()
    {
        using var numbered = Number("a;b\r\n\r\nx;1\r\n\"y\r\nz\";2\r\n\r\nw;3");

        Assert.Equal("3;x;1\n4;\"y\r\nz\";2\n7;w;3\n", File.ReadAllText(numbered.Path));
        Assert.Equal(3, numbered.Records);
        Assert.Equal("w", numbered.LastRecordFirstField);
    }

    [Fact]
    public void Windows_1252_is_copied_as_UTF_8()
    {
        using var numbered = Number("a;b\nLiège;« 1 »\n", Pipeline.Core.Text.Windows1252.Encoding);

        Assert.Equal("2;Liège;« 1 »\n", File.ReadAllText(numbered.Path, Encoding.UTF8));
    }

    [Fact]
    public void The_copy_does_not_depend_on_where_reads_cut_the_file()
    {
        // Line ends split between reads (a '\r' last in one read, its '\n' first in the next), quotes and
        // delimiters at every position: every read size gives the copy a single read gives.
        const string text = "a;b;c\r\n\"q;\"\"1\"\"\";2;\r\n\r\n\"x\r\ny\";\"\";3\r\nTOTAL;0471 12 34 56;z\r\n";
        using var whole = Number(text);
        var expected = File.ReadAllText(whole.Path);
        Assert.Equal("2;\"q;\"\"1\"\"\";2;\n4;\"x\r\ny\";\"\";3\n6;TOTAL;0471 12 34 56;z\n", expected);
        for (var size = 1; size <= text.Length; size++)
        {
            using var cut = Number(text, bufferSize: size);
            Assert.Equal(expected, File.ReadAllText(cut.Path));
            Assert.Equal((3L, "TOTAL", "1", "1"),
                (cut.Records, cut.LastRecordFirstField, string.Join(',', cut.SuspectColumns.Order()), string.Join(',', cut.SpacedColumns.Order())));
        }
    }

    [Theory]
    [InlineData("0471 12 34 56", true)]
    [InlineData("+32 471 12 34 56", true)]
    [InlineData("85.07.30-033.28", true)]
    [InlineData("\"  85073003328  \"", true)]
    [InlineData("jean@example.be", true)]
    [InlineData("\"Dupont, jean@example.be\"", true)]
    [InlineData("01/02/2019", false)]
    [InlineData("12345678", false)]
    [InlineData("1234567890123456789", false)]
    [InlineData("BE 0471 12 34 56", false)]
    [InlineData("Namur", false)]
    public void A_column_is_suspect_when_a_value_could_be_an_identifier(string value, bool suspect)
    {
        using var numbered = Number($"id,valeur\r\n1,Namur\r\n2,{value}\r\n");

        Assert.Equal(suspect ? [1] : Array.Empty<int>(), numbered.SuspectColumns.ToArray());
    }

    [Theory]
    [InlineData("\"Namur \";x", "0")]
    [InlineData("\"Na mur\";\" \"", "0,1")]
    [InlineData("Namur;\"x\r\n y\"", "1")]
    [InlineData("Namur;\"\"", "")]
    public void A_column_holding_a_space_anywhere_is_one_to_trim(string record, string spaced)
    {
        using var numbered = Number($"nom;code\r\nLiège;A\r\n{record}\r\n");

        Assert.Equal(spaced, string.Join(',', numbered.SpacedColumns.Order()));
    }

    private NumberedCsv Number(string text, Encoding? encoding = null, int bufferSize = 1 << 20)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, (encoding ?? new UTF8Encoding(false)).GetBytes(text));
        return NumberedCsv.Write(path, TextFileShape.Read(path), folder, bufferSize);
    }
}
