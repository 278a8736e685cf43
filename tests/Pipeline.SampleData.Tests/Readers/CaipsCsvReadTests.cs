using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Readers;

/// <summary>CAIPS: CSV, <c>,</c>, UTF-8 with a BOM, canonical headers, ISO dates, booleans as oui/non.</summary>
[Collection(SmallCleanInboxCollection.Name)]
public sealed class CaipsCsvReadTests(SmallCleanInbox inbox)
{
    [Fact]
    public void Every_file_has_a_bom_and_canonical_headers_and_the_manifest_row_count()
    {
        var files = inbox.Extracts("CAIPS");
        Assert.Equal(8 * 8, files.Count);
        using var duck = new Duck();
        foreach (var file in files)
        {
            var path = inbox.PathOf(file.RelativePath);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(path)[..3]);
            var relation = FederationFiles.CaipsCsv(path, allVarchar: true);
            // DuckDB drops the BOM: the first column is federation_code, not "\uFEFFfederation_code".
            Assert.Equal(StyleHeaders.For("CAIPS", file.Dataset!, file.Year), duck.Describe(relation).Select(c => c.Name));
            Assert.Equal(file.Rows, duck.Scalar<long>($"SELECT count(*) FROM {relation}"));
        }
    }

    [Fact]
    public void Dates_are_iso_and_booleans_are_oui_or_non()
    {
        using var duck = new Duck();
        var parcours = FederationFiles.CaipsCsv(inbox.PathOf(inbox.Extract("CAIPS", "parcours", 2023).RelativePath));
        var types = duck.Describe(parcours).ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal("DATE", types["date_entree"]);
        Assert.Equal(0L, duck.Scalar<long>($"SELECT count(*) FROM {parcours} WHERE year(date_entree) <> 2023"));

        var raw = FederationFiles.CaipsCsv(inbox.PathOf(inbox.Extract("CAIPS", "parcours", 2023).RelativePath), allVarchar: true);
        Assert.Equal(0L, duck.Scalar<long>($"SELECT count(*) FROM {raw} WHERE NOT regexp_full_match(date_entree, '\\d{{4}}-\\d{{2}}-\\d{{2}}')"));
        Assert.Equal(["non", "oui"], duck.Query<string>($"SELECT DISTINCT validation_competences FROM {raw} ORDER BY 1"));
    }
}
