using System.Security.Cryptography;
using Pipeline.SampleData.Defects;
using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Defects;

/// <summary>The file-level mistakes of domain.md §8: an empty file, a file sent twice, a corrected <c>_v2</c>.</summary>
[Collection(SmallDefectiveInboxCollection.Name)]
public sealed class FileDefectTests(SmallDefectiveInbox inbox)
{
    [Fact]
    public void The_empty_file_has_zero_bytes()
    {
        var empty = Assert.Single(inbox.Manifest.Files, f => f.Kind == GeneratedFile.Empty);
        Assert.Equal(Path.Combine("CAIPS", "sis_activite_annee_2018.csv"), empty.RelativePath);
        Assert.Equal(0, empty.Rows);
        Assert.Equal(0, new FileInfo(inbox.PathOf(empty.RelativePath)).Length);
    }

    [Fact]
    public void The_resent_file_is_byte_identical_to_the_original()
    {
        var resent = Assert.Single(inbox.Manifest.Files, f => f.Kind == GeneratedFile.Resent);
        Assert.Equal(Path.Combine("ALEAP", "parcours_2019 (1).csv"), resent.RelativePath);
        var original = File.ReadAllBytes(inbox.PathOf(Path.Combine("ALEAP", "parcours_2019.csv")));
        Assert.NotEmpty(original);
        Assert.Equal(SHA256.HashData(original), SHA256.HashData(File.ReadAllBytes(inbox.PathOf(resent.RelativePath))));
    }

    [Fact]
    public void The_corrected_v2_differs_from_v1_by_v1s_defects()
    {
        var v2 = Assert.Single(inbox.Manifest.Files, f => f.Kind == GeneratedFile.Corrected);
        Assert.Equal(Path.Combine("FEBISP", "filiere_annee_2021_v2.csv"), v2.RelativePath);
        var v1 = inbox.Extract("FEBISP", "filiere_annee", 2021);
        var v1Bytes = File.ReadAllBytes(inbox.PathOf(v1.RelativePath));
        var v2Bytes = File.ReadAllBytes(inbox.PathOf(v2.RelativePath));
        Assert.NotEqual(SHA256.HashData(v1Bytes), SHA256.HashData(v2Bytes));

        // v1 had mistakes, v2 has none and the same rows otherwise.
        Assert.NotEmpty(v1.Defects);
        Assert.Empty(v2.Defects);
        Assert.Equal(v1.Rows - v1.Defects.GetValueOrDefault(RowDefect.DuplicateRow), v2.Rows);
        Assert.All(DefectScan.Count(ExtractTable.Read(inbox.Root, v2)), d => Assert.Equal(0, d.Value));
        using var duck = new Duck();
        Assert.Equal(v2.Rows, duck.Scalar<long>($"SELECT count(*) FROM {FederationFiles.FebispCsv(inbox.PathOf(v2.RelativePath), allVarchar: true)}"));
    }
}
