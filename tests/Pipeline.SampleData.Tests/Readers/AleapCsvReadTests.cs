using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Readers;

/// <summary>ALEAP: CSV, <c>;</c>, decimal comma, Windows-1252, dd/MM/yyyy, two trailing empty columns, a TOTAL line at the end.</summary>
[Collection(SmallCleanInboxCollection.Name)]
public sealed class AleapCsvReadTests(SmallCleanInbox inbox) : IDisposable
{
    private readonly TempFolder scratch = new();

    [Fact]
    public void Every_file_is_Windows_1252_with_french_headers_two_trailing_columns_and_a_totals_line()
    {
        var files = inbox.Extracts("ALEAP");
        Assert.Equal(8 * 8, files.Count);
        using var duck = new Duck();
        foreach (var file in files)
        {
            var path = inbox.PathOf(file.RelativePath);
            var bytes = File.ReadAllBytes(path);
            // "Fédération" in Windows-1252 is one byte for é (0xE9), never UTF-8's C3 A9; no BOM.
            Assert.Equal(new byte[] { (byte)'F', 0xE9, (byte)'d' }, bytes[..3]);
            Assert.Equal(-1, bytes.AsSpan().IndexOf([(byte)0xC3, (byte)0xA9]));

            var expected = StyleHeaders.For("ALEAP", file.Dataset!, file.Year);
            var utf8 = FederationFiles.AleapAsUtf8(path, scratch.FullPath);
            var columns = duck.Describe(FederationFiles.AleapCsv(utf8, allVarchar: true)).Select(c => c.Name).ToList();
            Assert.Equal(expected, columns.Take(expected.Count));
            // The two empty trailing columns: unnamed in the header (DuckDB calls them columnNN) and empty on every line.
            var trailing = columns.Skip(expected.Count).ToList();
            Assert.Equal(2, trailing.Count);
            Assert.All(trailing, c => Assert.StartsWith("column", c, StringComparison.Ordinal));
            var relation = FederationFiles.AleapCsv(utf8, allVarchar: true);
            var first = Duck.Identifier(expected[0]);
            var filled = $"{Duck.Identifier(trailing[0])} IS NOT NULL OR {Duck.Identifier(trailing[1])} IS NOT NULL";
            Assert.Equal(0L, duck.Scalar<long>($"SELECT count(*) FROM {relation} WHERE {filled}"));

            Assert.Equal(file.Rows, duck.Scalar<long>($"SELECT count(*) FROM {relation} WHERE {first} <> 'TOTAL'"));
            Assert.Equal(1L, duck.Scalar<long>($"SELECT count(*) FROM {relation} WHERE {first} = 'TOTAL'"));
            var lines = File.ReadAllLines(path, FederationFiles.Windows1252);
            Assert.StartsWith("TOTAL;", lines[^1], StringComparison.Ordinal);
            Assert.EndsWith(";;", lines[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Values_are_typed_by_duckdb_with_decimal_comma_and_day_first_dates_and_the_totals_add_up()
    {
        using var duck = new Duck();
        var parcours = Typed("parcours", 2019);
        var types = duck.Describe(parcours).ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal("DATE", types["Date d'entrée"]);
        Assert.Equal("DATE", types["Date de sortie"]);
        Assert.Equal("BIGINT", types["Heures prestées"]);
        // Every entry of the 2019 file is in 2019 (day-first dates read the right way round).
        Assert.Equal(0L, duck.Scalar<long>($"SELECT count(*) FROM {parcours} WHERE \"Fédération\" <> 'TOTAL' AND year(\"Date d'entrée\") <> 2019"));
        var sum = duck.Scalar<long>($"SELECT sum(\"Heures prestées\")::BIGINT FROM {parcours} WHERE \"Fédération\" <> 'TOTAL'");
        var total = duck.Scalar<long>($"SELECT \"Heures prestées\" FROM {parcours} WHERE \"Fédération\" = 'TOTAL'");
        Assert.True(sum > 0);
        Assert.Equal(sum, total);

        var resources = Typed("ressources_operateur_annee", 2021);
        var resourceTypes = duck.Describe(resources).ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal("DOUBLE", resourceTypes["ETP formateurs"]);
        Assert.Equal("DOUBLE", resourceTypes["Dépenses totales"]);
        Assert.True(duck.Scalar<double>($"SELECT min(\"ETP formateurs\") FROM {resources} WHERE \"Fédération\" <> 'TOTAL'") > 0);
        // A decimal comma read as a thousands separator would make a 30-FTE centre a 3 000-FTE one.
        Assert.True(duck.Scalar<double>($"SELECT max(\"ETP formateurs\") FROM {resources} WHERE \"Fédération\" <> 'TOTAL'") < 500);
    }

    public void Dispose() => scratch.Dispose();

    /// <summary>A file as DuckDB types it (sniffed types, decimal comma, day-first dates), after conversion to UTF-8.</summary>
    private string Typed(string dataset, int year) =>
        FederationFiles.AleapCsv(FederationFiles.AleapAsUtf8(inbox.PathOf(inbox.Extract("ALEAP", dataset, year).RelativePath), scratch.FullPath));
}
