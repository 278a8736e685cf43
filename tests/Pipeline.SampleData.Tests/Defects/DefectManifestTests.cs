using Pipeline.SampleData.Defects;
using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Defects;

/// <summary>At the default rate (0.002) the manifest accounts for every kind of row defect, in plausible numbers.</summary>
[Collection(SmallDefectiveInboxCollection.Name)]
public sealed class DefectManifestTests(SmallDefectiveInbox inbox)
{
    [Fact]
    public void Every_kind_of_row_defect_is_injected()
    {
        Assert.Equal(0.002, inbox.Manifest.DefectRate);
        var totals = Totals(inbox.Manifest.Files);
        Assert.All(Enum.GetValues<RowDefect>(), kind => Assert.True(totals.GetValueOrDefault(kind) > 0, $"no {kind} in the manifest"));
    }

    [Fact]
    public void The_number_of_defective_rows_is_close_to_rate_times_rows()
    {
        var extracts = inbox.Manifest.Files.Where(f => f.Kind == GeneratedFile.Extract).ToList();
        // Rows written include the second copy of each duplicated row; every other defect replaces a clean row.
        var cleanRows = extracts.Sum(f => f.Rows - f.Defects.GetValueOrDefault(RowDefect.DuplicateRow));
        var expected = inbox.Manifest.DefectRate * cleanRows;
        // The v1 of the corrected file is written at 5 % so that it has something to correct; count it apart.
        var v1 = inbox.Extract("FEBISP", "filiere_annee", 2021);
        expected += (0.05 - inbox.Manifest.DefectRate) * v1.Rows;
        var injected = Totals(extracts).Values.Sum();

        // Binomial: at ≈ 440 expected defects the standard deviation is ≈ 21; ± 25 % is five of them.
        Assert.InRange(injected, 0.75 * expected, 1.25 * expected);
        // Each defect is one of five kinds, none of which dominates (negative hours only apply to the few hour columns).
        Assert.All(Totals(extracts), t => Assert.True(t.Value < 0.4 * injected, $"{t.Key}: {t.Value} of {injected}"));
    }

    private static Dictionary<RowDefect, int> Totals(IEnumerable<GeneratedFile> files) =>
        files.SelectMany(f => f.Defects).GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.Sum(d => d.Value));
}
