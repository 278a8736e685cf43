using System.Text;

namespace Pipeline.Ingestion.Tests;

public sealed class CsvReadingTests
{
    public static TheoryData<string, char> Encodings => new()
    {
        { "utf-8 with BOM", ';' },
        { "utf-8", ',' },
        { "windows-1252", '\t' },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Encoding_and_delimiter_are_detected_and_give_the_same_values(string encoding, char delimiter)
    {
        using var inbox = new TinyInbox();
        var text = Resources.File(Resources.Line("Liège-Öst"), Resources.Line("Namur-2", spending: "20")).Replace("2,5", "2.5", StringComparison.Ordinal).Replace(';', delimiter);
        var bytes = encoding switch
        {
            "utf-8 with BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-8" => Encoding.UTF8.GetBytes(text),
            _ => Latin1Bytes(text),
        };
        inbox.AddBytes("ALEAP", "ressources_operateur_annee_2023.csv", bytes);

        await inbox.IngestAsync();

        Assert.Equal(["Liège-Öst|1000.00", "Namur-2|20.00"],
            inbox.Lake("SELECT operateur_id, depenses_totales FROM read_parquet('{lake}/raw/ressources_operateur_annee/**/*.parquet') ORDER BY 1"));
    }

    [Fact]
    public async Task A_totals_line_and_trailing_empty_columns_are_not_data()
    {
        using var inbox = new TinyInbox();
        inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv",
            Resources.File(Resources.Line("OP-1") + ";;", Resources.Line("OP-2") + ";;", "TOTAL;;;;;2000;1000;;").Replace("subvention_regionale", "subvention_regionale;;"));

        var summary = await inbox.IngestAsync();

        var table = Assert.Single(summary.Tables);
        Assert.Equal((2, 2, 0), (table.RowsRead, table.RowsOk, table.RowsQuarantined));
        Assert.Equal(["OP-1", "OP-2"], inbox.Lake("SELECT operateur_id FROM read_parquet('{lake}/raw/ressources_operateur_annee/**/*.parquet') ORDER BY 1"));
    }

    [Fact]
    public async Task Problems_keep_the_line_a_person_sees_in_the_file_after_blank_broken_and_multi_line_records()
    {
        using var inbox = new TinyInbox();
        inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv", string.Join("\n",
            Resources.Header,                                         // line 1
            Resources.Line("OP-1"),                                   // line 2
            "ALEAP;2023;OP-2;2023;2,5;1000;500;une valeur en trop",   // line 3: one field too many
            string.Empty,                                             // line 4: blank
            "ALEAP;2023;\"OP-3",                                      // line 5: a quoted id broken over two lines…
            "suite\";2023;2,5;1000;500",                              // line 6
            Resources.Line("OP-4", spending: "beaucoup"),              // line 7: not a number
            Resources.Line("OP-5")) + "\n");                          // line 8

        var summary = await inbox.IngestAsync();

        Assert.Equal(["3|NULL|ALEAP;2023;OP-2;2023;2,5;1000;500;une valeur en trop|ligne_malformee", "7|depenses_totales|beaucoup|nombre_invalide"],
            inbox.Problems("ressources_operateur_annee"));
        var table = Assert.Single(summary.Tables);
        Assert.Equal((5, 3, 2), (table.RowsRead, table.RowsOk, table.RowsQuarantined));
        Assert.Equal(["2|OP-1", "5|OP-3\nsuite", "8|OP-5"],
            inbox.Lake("SELECT _source_line, operateur_id FROM read_parquet('{lake}/raw/ressources_operateur_annee/**/*.parquet') ORDER BY 1"));
    }

    private static byte[] Latin1Bytes(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        Assert.Contains((byte)0xE8, bytes); // è as Windows-1252 writes it: a lone byte that is not valid UTF-8
        return bytes;
    }
}
