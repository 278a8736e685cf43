using System.Security.Cryptography;
using Pipeline.Ingestion.Manifest;

namespace Pipeline.Ingestion.Tests;

public sealed class ManifestAndLakeTests
{
    private const string Raw = "read_parquet('{lake}/raw/ressources_operateur_annee/**/*.parquet', hive_partitioning = true)";

    [Fact]
    public async Task A_v2_supersedes_the_file_it_corrects_and_only_the_v2_is_current_yet_nothing_is_deleted()
    {
        using var inbox = new TinyInbox();
        inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv", Resources.File(Resources.Line("OP-1", "100"), Resources.Line("OP-2", "200")));
        await inbox.IngestAsync();
        inbox.Add("ALEAP", "ressources_operateur_annee_2023_v2.csv", Resources.File(Resources.Line("OP-1", "150"), Resources.Line("OP-2", "200")));

        await inbox.IngestAsync();

        var manifest = inbox.Manifest();
        var first = manifest.Single(m => m.ReceivedPath.EndsWith("_2023.csv", StringComparison.Ordinal));
        var second = manifest.Single(m => m.ReceivedPath.EndsWith("_v2.csv", StringComparison.Ordinal));
        Assert.Equal((IngestStatus.Superseded, second.UnitId), (first.Status, first.SupersededBy));
        Assert.Equal(IngestStatus.Ingested, second.Status);
        Assert.Equal(2, inbox.Lake($"SELECT DISTINCT _unit_id FROM {Raw}").Count);
        Assert.Equal(["OP-1|150.00", "OP-2|200.00"], inbox.Lake($"""
            ATTACH '{inbox.Project.WarehousePath}' AS w (READ_ONLY);
            SELECT operateur_id, depenses_totales FROM {Raw} WHERE _unit_id IN (SELECT unit_id FROM w.lake_current_units) ORDER BY 1
            """));
    }

    [Fact]
    public void A_file_s_tables_are_recorded_all_or_none()
    {
        // A workbook whose second sheet cannot be recorded (here a missing landing path, which the table refuses):
        // its first sheet must not stay recorded either, or the next run would skip the file as already handled.
        using var warehouse = new Pipeline.DuckDb.DuckDBConnection("Data Source=:memory:");
        warehouse.Open();
        var manifest = new IngestManifest(warehouse);
        manifest.EnsureCreated();
        var first = new ManifestEntry
        {
            UnitId = "u-0", Sha256 = "s", ReceivedPath = "UNESSA/rapport.xlsx", LandingPath = "landing/s.xlsx", Federation = "UNESSA",
            FileFormat = "xlsx", Status = IngestStatus.Ingested, Dataset = "operateur", Sheet = "operateur", Period = 2023,
        };

        Assert.ThrowsAny<Exception>(() => manifest.Record([first, first with { UnitId = "u-1", Sheet = "filiere_annee", LandingPath = null! }]));
        Assert.Empty(manifest.All());

        manifest.Record([first, first with { UnitId = "u-1", Sheet = "filiere_annee", Dataset = "filiere_annee" }]);
        Assert.Equal(["operateur", "filiere_annee"], manifest.All().Select(e => e.Sheet));
        Assert.True(manifest.AlreadyHandled("UNESSA/rapport.xlsx", "s"));
    }

    [Fact]
    public async Task The_same_bytes_under_another_name_are_a_duplicate_and_write_nothing()
    {
        using var inbox = new TinyInbox();
        var content = Resources.File(Resources.Line("OP-1"));
        inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv", content);
        inbox.Add("ALEAP", "ressources_operateur_annee_2023 (copie).csv", content);

        await inbox.IngestAsync();

        Assert.Equal([IngestStatus.Duplicate, IngestStatus.Ingested], inbox.Manifest().Select(m => m.Status).Order(StringComparer.Ordinal));
        Assert.Single(Directory.GetFiles(Path.Combine(inbox.Root, "lake", "raw"), "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Ingesting_the_same_inbox_again_changes_nothing()
    {
        using var inbox = new TinyInbox();
        inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv", Resources.File(Resources.Line("OP-1"), Resources.Line("OP-2", "oops")));
        inbox.Add("XYZ", "ressources_operateur_annee_2023.csv", Resources.File(Resources.Line("OP-1")));
        await inbox.IngestAsync();
        var manifest = inbox.Manifest();
        var files = LakeFiles(inbox);

        var again = await inbox.IngestAsync();

        Assert.All(again.Files, f => Assert.True(f.Skipped));
        Assert.Equal(manifest, inbox.Manifest());
        Assert.Equal(files, LakeFiles(inbox));
        Assert.Contains(manifest, m => m.Federation == "XYZ" && m.Status == IngestStatus.Unrecognised);
    }

    [Fact]
    public async Task Raw_parquet_is_hive_partitioned_typed_and_carries_its_lineage_and_no_temporary_file_remains()
    {
        using var inbox = new TinyInbox();
        var path = inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv", Resources.File(Resources.Line("OP-1", "12,34")));
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

        await inbox.IngestAsync();

        Assert.Equal(["ALEAP|2023|OP-1|12.34|" + sha + "|1.1|ALEAP/ressources_operateur_annee_2023.csv|2"],
            inbox.Lake($"SELECT federation, annee, operateur_id, depenses_totales, _source_sha256, _contract_version, _source_file, _source_line FROM {Raw}"));
        var types = inbox.Lake($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {Raw})");
        Assert.Contains("millesime|BIGINT", types);
        Assert.Contains("etp_formateur|DECIMAL(18,4)", types);
        Assert.Contains("depenses_totales|DECIMAL(18,2)", types);
        Assert.Contains("annee|BIGINT", types);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(inbox.Root, "lake", "raw"), "*.parquet", SearchOption.AllDirectories));
        Assert.Equal(Path.Combine("ressources_operateur_annee", "federation=ALEAP", "annee=2023"),
            Path.GetRelativePath(Path.Combine(inbox.Root, "lake", "raw"), Path.GetDirectoryName(file)!));
        Assert.Empty(Directory.GetFiles(Path.Combine(inbox.Root, "lake", ".tmp"), "*", SearchOption.AllDirectories));
    }

    private static List<string> LakeFiles(TinyInbox inbox) =>
        [.. Directory.GetFiles(Path.Combine(inbox.Root, "lake"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(inbox.Root, f)).Order(StringComparer.Ordinal)];
}
