using Pipeline.SampleData.Defects;
using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Defects;

/// <summary>With <c>DefectRate = 0</c>: no defect in the manifest or in the files, and none of the file-level mistakes.</summary>
[Collection(SmallCleanInboxCollection.Name)]
public sealed class NoDefectTests(SmallCleanInbox inbox)
{
    [Fact]
    public void The_manifest_lists_only_clean_extracts_and_exactly_the_files_on_disk()
    {
        Assert.Equal(0, inbox.Manifest.DefectRate);
        Assert.All(inbox.Manifest.Files, f => Assert.Equal(GeneratedFile.Extract, f.Kind));
        Assert.All(inbox.Manifest.Files, f => Assert.Empty(f.Defects));

        var onDisk = Directory.EnumerateFiles(inbox.Root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(inbox.Root, p)).Order(StringComparer.Ordinal);
        Assert.Equal(inbox.Manifest.Files.Select(f => f.RelativePath).Append(GenerationManifest.FileName).Order(StringComparer.Ordinal), onDisk);
        Assert.All(inbox.Manifest.Files, f => Assert.True(new FileInfo(inbox.PathOf(f.RelativePath)).Length > 0, f.RelativePath));
        Assert.All(inbox.Manifest.Files, f => Assert.Matches(@"^[A-Z]+/[a-z_]+_20[0-9]{2}\.(csv|jsonl|xlsx)$", f.RelativePath.Replace('\\', '/')));
    }

    [Fact]
    public void No_file_carries_a_row_defect()
    {
        foreach (var file in inbox.Manifest.Files)
        {
            var found = DefectScan.Count(ExtractTable.Read(inbox.Root, file));
            Assert.All(found, f => Assert.True(f.Value == 0, $"{file.RelativePath}: {f.Value} × {f.Key}"));
        }
    }

    [Fact]
    public void The_defect_scan_sees_what_it_looks_for()
    {
        var table = new ExtractTable("CAIPS", "synthetic", ["sexe", "date_entree", "heures_prestees"],
        [
            ["F", "2020-01-02", "10"], ["M", "2020-02-31", "-3"], ["M", "2020-02-31", "-3"], ["H", "2020-01-02", "5", "valeur en trop"],
        ]);
        var found = DefectScan.Count([table]);
        Assert.Equal(1, found[RowDefect.ExtraField]);
        Assert.Equal(2, found[RowDefect.BadDate]);
        Assert.Equal(2, found[RowDefect.NegativeHours]);
        Assert.Equal(2, found[RowDefect.UnknownCode]);
        Assert.Equal(1, found[RowDefect.DuplicateRow]);
    }
}
