using System.Security.Cryptography;
using Dapper;
using Pipeline.Ingestion;

namespace Pipeline.EndToEnd.Tests;

/// <summary>The generated federation files through the real ingestion, checked on the lake and the manifest.</summary>
public sealed class IngestionFlowTests(IngestedSample sample) : IClassFixture<IngestedSample>
{
    private sealed record Row(string unit_id, string received_path, string federation, string? dataset, string status,
        long rows_read, long rows_ok, long rows_quarantined, string? superseded_by, string? reason);

    [Fact]
    public void Every_generated_file_is_in_the_manifest_and_rows_read_equal_ok_plus_quarantined()
    {
        var rows = Manifest();
        var received = rows.Select(r => r.received_path).ToHashSet();
        foreach (var file in sample.Generated.Files)
        {
            Assert.Contains(file.RelativePath, received);
        }

        Assert.All(rows, r => Assert.Equal(r.rows_read, r.rows_ok + r.rows_quarantined));
    }

    [Fact]
    public void Rows_ok_match_the_parquet_written_for_each_table()
    {
        using var lake = Lake.Open();
        var rawRoot = Path.Combine(sample.Project.LakePath, "raw");
        var inParquet = lake.Query<(string Unit, long Rows)>(
            $"SELECT _unit_id, count(*) FROM read_parquet('{rawRoot}/*/*/*/*.parquet', union_by_name = true) GROUP BY ALL")
            .ToDictionary(x => x.Unit, x => x.Rows);
        foreach (var row in Manifest().Where(r => r.status is "ingested" or "superseded"))
        {
            Assert.Equal(row.rows_ok, inParquet.GetValueOrDefault(row.unit_id));
        }
    }

    [Fact]
    public void Files_that_identify_people_are_refused_and_nothing_of_them_reaches_the_lake()
    {
        var identifiers = sample.Generated.Files.Where(f => f.Kind == "identifiers").Select(f => f.RelativePath).ToList();
        Assert.Equal(3, identifiers.Count);
        var rows = Manifest().Where(r => identifiers.Contains(r.received_path)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("refused", r.status));
        Assert.Contains(rows, r => r.reason!.Contains("registre national", StringComparison.Ordinal));

        var units = rows.Select(r => r.unit_id).ToList();
        var lakeFiles = Directory.EnumerateFiles(sample.Project.LakePath, "*.parquet", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(lakeFiles, f => units.Any(u => Path.GetFileName(f).StartsWith(u, StringComparison.Ordinal)));
        var landing = Directory.EnumerateFiles(Path.Combine(sample.Project.LakePath, "landing")).Select(Path.GetFileName).ToList();
        foreach (var path in identifiers)
        {
            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(sample.Project.InboxPath, path))));
            Assert.Contains(landing, name => name!.StartsWith(sha, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_defect_files_get_their_outcome()
    {
        var rows = Manifest();
        Assert.Equal("empty", Single(rows, "empty").status);
        var resent = Single(rows, "resent");
        Assert.Equal("duplicate", resent.status);
        Assert.Equal(0, resent.rows_ok);

        var corrected = Single(rows, "corrected");
        Assert.Equal("ingested", corrected.status);
        var original = rows.Single(r => r.received_path == corrected.received_path.Replace("_v2", string.Empty, StringComparison.Ordinal));
        Assert.Equal("superseded", original.status);
        Assert.Equal(corrected.unit_id, original.superseded_by);
    }

    [Fact]
    public void Injected_row_defects_are_quarantined_with_their_rule()
    {
        using var lake = Lake.Open();
        var quarantine = Path.Combine(sample.Project.LakePath, "quarantine");
        var rules = lake.Query<string>(
            $"SELECT DISTINCT p.regle FROM (SELECT unnest(problemes) AS p FROM read_parquet('{quarantine}/*/*/*.parquet', union_by_name = true))")
            .ToHashSet();
        foreach (var rule in new[] { "date_invalide", "hors_limites", "code_inconnu", "ligne_en_double" })
        {
            Assert.Contains(rule, rules);
        }

        Assert.True(rules.Contains("ligne_malformee") || rules.Contains("valeur_en_trop"), string.Join(", ", rules));
        var injected = sample.Generated.Files.Sum(f => f.Defects.Values.Sum());
        var quarantined = Manifest().Where(r => r.status == "ingested").Sum(r => r.rows_quarantined);
        Assert.InRange(quarantined, injected / 2, injected * 2 + 10);
    }

    [Fact]
    public void Raw_parquet_is_typed_and_hive_partitioned()
    {
        using var lake = Lake.Open();
        var parcours = Path.Combine(sample.Project.LakePath, "raw", "parcours");
        var types = lake.Query<(string Name, string Type)>(
            $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{parcours}/*/*/*.parquet', hive_partitioning = true, union_by_name = true))")
            .ToDictionary(x => x.Name, x => x.Type);
        Assert.Equal("DATE", types["date_entree"]);
        Assert.Equal("BIGINT", types["heures_prestees"]);
        Assert.Equal("BOOLEAN", types["validation_competences"]);
        Assert.Equal("VARCHAR", types["federation"]);
        Assert.True(types.ContainsKey("annee"));
        Assert.True(types.ContainsKey("_source_sha256") && types.ContainsKey("_contract_version"));
        var partitions = lake.Query<(string Federation, long Year)>(
            $"SELECT DISTINCT federation, annee::BIGINT FROM read_parquet('{parcours}/*/*/*.parquet', hive_partitioning = true, union_by_name = true)").ToList();
        Assert.Contains(partitions, p => p.Federation == "FEBISP" && p.Year == 2021);
        Assert.All(partitions, p => Assert.InRange(p.Year, 2020, 2022));
    }

    [Fact]
    public async Task Ingesting_the_same_inbox_again_changes_nothing()
    {
        var before = Snapshot();
        var again = await new IngestionRunner(sample.Project).RunAsync();
        Assert.All(again.Files, f => Assert.True(f.Skipped));
        Assert.Equal(before, Snapshot());
    }

    /// <summary>The manifest row of the generated file of a kind (empty, resent, corrected).</summary>
    private Row Single(List<Row> rows, string kind)
    {
        var path = sample.Generated.Files.Single(f => f.Kind == kind).RelativePath;
        return rows.Single(r => r.received_path == path);
    }

    private List<Row> Manifest()
    {
        using var warehouse = Lake.Warehouse(sample.Project.WarehousePath);
        return [.. warehouse.Query<Row>("SELECT unit_id, received_path, federation, dataset, status, rows_read, rows_ok, rows_quarantined, superseded_by, reason FROM ingest_manifest")];
    }

    private string Snapshot()
    {
        var lakeFiles = Directory.EnumerateFiles(sample.Project.LakePath, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}reports{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(sample.Project.LakePath, f) + ":" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));
        return string.Join("\n", lakeFiles) + "\n" + Manifest().Count;
    }
}
