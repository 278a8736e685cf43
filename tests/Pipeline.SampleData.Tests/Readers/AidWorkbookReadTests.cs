using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Readers;

/// <summary>AID: one XLSX per dataset and year, a title block above the header row, pre-2019 Hainaut NIS codes in older years.</summary>
[Collection(SmallCleanInboxCollection.Name)]
public sealed class AidWorkbookReadTests(SmallCleanInbox inbox)
{
    // Communes and arrondissement created by the 2019 Hainaut reform, and the codes they had before.
    private static readonly string[] PostReformCodes = ["57096", "58001", "58002", "58000"];
    private static readonly string[] PreReformCommunes = ["54007", "55022", "56011"];

    [Fact]
    public void Every_file_has_a_title_block_then_the_header_row_and_the_manifest_row_count()
    {
        var files = inbox.Extracts("AID");
        Assert.Equal(8 * 8, files.Count);
        foreach (var file in files)
        {
            var sheet = Assert.Single(Workbook.Read(inbox.PathOf(file.RelativePath)));
            Assert.Equal(file.Dataset, sheet.Name);
            var title = Assert.IsType<string>(Assert.Single(Workbook.Trimmed(sheet.Rows[0])));
            Assert.StartsWith("AID", title, StringComparison.Ordinal);
            Assert.Contains(file.Dataset!, title, StringComparison.Ordinal);
            Assert.Contains(file.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), title, StringComparison.Ordinal);
            Assert.IsType<string>(Assert.Single(Workbook.Trimmed(sheet.Rows[1])));
            Assert.Empty(Workbook.Trimmed(sheet.Rows[2]));

            var header = Workbook.Trimmed(sheet.Rows[3]).Select(h => Assert.IsType<string>(h)).ToList();
            Assert.Equal(StyleHeaders.For("AID", file.Dataset!, file.Year), header);
            Assert.Equal("FEDERATION CODE", header[0]);
            Assert.Equal(file.Rows, sheet.Rows.Count - 4L);
            Assert.All(sheet.Rows.Skip(4), row => Assert.Equal("AID", row[0]));
        }
    }

    [Fact]
    public void Files_before_2019_carry_pre_reform_hainaut_codes_and_later_files_do_not()
    {
        var before = new List<string>();
        var after = new List<string>();
        foreach (var file in inbox.Extracts("AID").Where(f => f.Dataset is "parcours" or "operateur" or "filiere_annee"))
        {
            var sheet = Workbook.Read(inbox.PathOf(file.RelativePath)).Single();
            var header = sheet.Rows[3].Select(h => h as string ?? string.Empty).ToList();
            var nisColumns = header.Select((h, i) => (h, i)).Where(x => x.h.StartsWith("NIS ", StringComparison.Ordinal)).Select(x => x.i).ToList();
            Assert.NotEmpty(nisColumns);
            var codes = sheet.Rows.Skip(4).SelectMany(r => nisColumns.Select(i => Assert.IsType<string>(r[i])));
            (file.Year < 2019 ? before : after).AddRange(codes);
        }

        Assert.All(before.Concat(after), c => Assert.Matches("^[0-9]{5}$", c));
        Assert.DoesNotContain(before, PostReformCodes.Contains);
        Assert.Contains(before, c => c is "55000" || PreReformCommunes.Contains(c));
        Assert.DoesNotContain(after, PreReformCommunes.Contains);
        Assert.Contains(after, PostReformCodes.Contains);
    }
}
