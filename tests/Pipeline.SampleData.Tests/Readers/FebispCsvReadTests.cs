using System.Globalization;
using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Readers;

/// <summary>FEBISP: CSV, <c>;</c>, UTF-8 without BOM, <c>année</c> for annee, decimal comma, amounts "815 318,84 €" with U+202F.</summary>
[Collection(SmallCleanInboxCollection.Name)]
public sealed class FebispCsvReadTests(SmallCleanInbox inbox)
{
    [Fact]
    public void Every_file_has_the_febisp_headers_and_the_manifest_row_count()
    {
        var files = inbox.Extracts("FEBISP");
        // No SIS in Brussels: seven datasets a year.
        Assert.Equal(7 * 8, files.Count);
        using var duck = new Duck();
        foreach (var file in files)
        {
            var path = inbox.PathOf(file.RelativePath);
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
            var relation = FederationFiles.FebispCsv(path, allVarchar: true);
            var columns = duck.Describe(relation).Select(c => c.Name).ToList();
            Assert.Equal(StyleHeaders.For("FEBISP", file.Dataset!, file.Year), columns);
            Assert.DoesNotContain("annee", columns);
            Assert.Equal(file.Rows, duck.Scalar<long>($"SELECT count(*) FROM {relation}"));
        }

        Assert.Contains("année", StyleHeaders.For("FEBISP", "filiere_annee", 2021));
    }

    [Fact]
    public void Amounts_carry_euro_signs_and_narrow_no_break_spaces_and_decimals_a_comma()
    {
        using var duck = new Duck();
        var path = inbox.PathOf(inbox.Extract("FEBISP", "ressources_operateur_annee", 2021).RelativePath);
        var raw = FederationFiles.FebispCsv(path, allVarchar: true);
        var amounts = duck.Query<string>(
            $"SELECT depenses_totales FROM {raw} UNION ALL SELECT subvention_regionale FROM {raw} UNION ALL SELECT autres FROM {raw}");
        Assert.NotEmpty(amounts);
        Assert.All(amounts, a => Assert.Matches("^[0-9]{1,3}(\u202F[0-9]{3})*,[0-9]{2}\u202F€$", a));
        Assert.Contains(amounts, a => a.Contains('\u202F', StringComparison.Ordinal) && a.Length > 10);

        // Parsed the way an ingestion would: strip the thin spaces and the euro sign, then a decimal comma.
        var parsed = amounts
            .Select(a => a.Replace("\u202F", string.Empty, StringComparison.Ordinal).TrimEnd('€').Replace(',', '.'))
            .Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToList();
        Assert.All(parsed, p => Assert.InRange(p, 0.01, 1e9));

        var typed = FederationFiles.FebispCsv(path);
        var types = duck.Describe(typed).ToDictionary(c => c.Name, c => c.Type);
        Assert.Equal("DOUBLE", types["etp_formateur"]);
        Assert.Equal("BIGINT", types["année"]);
        Assert.InRange(duck.Scalar<double>($"SELECT max(etp_formateur) FROM {typed}"), 0.5, 500);
    }

    [Fact]
    public void Operators_are_brussels_oisp_missions_locales_and_esmi()
    {
        using var duck = new Duck();
        var relation = FederationFiles.FebispCsv(inbox.PathOf(inbox.Extract("FEBISP", "operateur", 2022).RelativePath), allVarchar: true);
        Assert.Equal(
            ["ESMI", "MISSION_LOCALE", "OISP_AFT", "OISP_FORMATION"],
            duck.Query<string>($"SELECT DISTINCT type_dispositif FROM {relation} ORDER BY 1"));
        Assert.Equal(["BRU"], duck.Query<string>($"SELECT DISTINCT region FROM {relation}"));
        var dates = FederationFiles.FebispCsv(inbox.PathOf(inbox.Extract("FEBISP", "parcours", 2022).RelativePath));
        Assert.Equal("DATE", duck.Describe(dates).Single(c => c.Name == "date_entree").Type);
    }
}
