using Pipeline.SampleData.Defects;
using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Defects;

/// <summary>The defects the manifest reports are really in the files, file by file, as a reader finds them.</summary>
[Collection(SmallDefectiveInboxCollection.Name)]
public sealed class DefectsInFilesTests(SmallDefectiveInbox inbox)
{
    [Fact]
    public void Each_file_holds_exactly_the_defects_its_manifest_entry_reports()
    {
        var found = new Dictionary<RowDefect, int>();
        foreach (var file in inbox.Manifest.Files.Where(f => f.Kind is GeneratedFile.Extract or GeneratedFile.Corrected))
        {
            var inFile = DefectScan.Count(ExtractTable.Read(inbox.Root, file));
            foreach (var kind in Enum.GetValues<RowDefect>())
            {
                Assert.True(file.Defects.GetValueOrDefault(kind) == inFile[kind],
                    $"{file.RelativePath}: manifest {file.Defects.GetValueOrDefault(kind)} × {kind}, file {inFile[kind]}");
                found[kind] = found.GetValueOrDefault(kind) + inFile[kind];
            }
        }

        Assert.All(found, f => Assert.True(f.Value > 0, $"no {f.Key} found in the files"));
    }

    [Fact]
    public void Aleap_lines_with_one_field_too_many_are_counted_in_the_raw_text()
    {
        var files = inbox.Extracts("ALEAP");
        var extra = 0;
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(inbox.PathOf(file.RelativePath), FederationFiles.Windows1252);
            var width = CsvLine.Split(lines[0], ';').Count;
            var over = lines.Skip(1).Count(l => CsvLine.Split(l, ';').Count == width + 1);
            Assert.Equal(file.Defects.GetValueOrDefault(RowDefect.ExtraField), over);
            Assert.DoesNotContain(lines, l => CsvLine.Split(l, ';').Count is var n && n != width && n != width + 1);
            extra += over;
        }

        Assert.True(extra > 0);
    }
}
