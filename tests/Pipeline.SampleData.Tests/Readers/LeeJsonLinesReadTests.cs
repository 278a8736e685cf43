using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Readers;

/// <summary>LEE (Lire et Écrire): JSON Lines, canonical keys, typed values, JSON columns as nested objects, mostly ALPHA_FLE.</summary>
[Collection(SmallCleanInboxCollection.Name)]
public sealed class LeeJsonLinesReadTests(SmallCleanInbox inbox)
{
    private static readonly string[] JsonColumns = ["nb_non_entrees_par_motif", "nb_partenariats_par_type", "repartition_age_sexe"];

    [Fact]
    public void Every_file_reads_with_read_ndjson_with_canonical_keys_and_the_manifest_row_count()
    {
        var files = inbox.Extracts("LEE");
        Assert.Equal(8 * 8, files.Count);
        using var duck = new Duck();
        foreach (var file in files)
        {
            var relation = FederationFiles.LeeJsonLines(inbox.PathOf(file.RelativePath));
            var columns = duck.Describe(relation);
            Assert.Equal(StyleHeaders.For("LEE", file.Dataset!, file.Year), columns.Select(c => c.Name));
            Assert.Equal(file.Rows, duck.Scalar<long>($"SELECT count(*) FROM {relation}"));
            foreach (var (name, type) in columns)
            {
                if (JsonColumns.Contains(name))
                {
                    Assert.StartsWith("STRUCT(", type, StringComparison.Ordinal);
                }
                else if (name is "mois" or "date" or "date_entree")
                {
                    Assert.Equal("DATE", type);
                }
                else if (name == "validation_competences")
                {
                    Assert.Equal("BOOLEAN", type);
                }
            }
        }
    }

    [Fact]
    public void Json_columns_are_nested_objects_whose_counts_add_up()
    {
        using var duck = new Duck();
        var relation = FederationFiles.LeeJsonLines(inbox.PathOf(inbox.Extract("LEE", "recrutement_mois", 2019).RelativePath));
        // Non-entries by reason add up to candidates minus entries, month by month.
        var mismatches = duck.Scalar<long>(
            $"""
            SELECT count(*) FROM {relation}
            WHERE list_sum(map_values(CAST(to_json(nb_non_entrees_par_motif) AS MAP(VARCHAR, BIGINT)))) <> greatest(0, nb_candidatures - nb_entrees)
            """);
        Assert.Equal(0L, mismatches);
        Assert.True(duck.Scalar<long>($"SELECT sum(nb_non_entrees_par_motif.NE_SE_PRESENTE_PAS)::BIGINT FROM {relation}") > 0);
    }

    [Fact]
    public void Filieres_are_mostly_alpha_fle()
    {
        using var duck = new Duck();
        var files = string.Join(", ", inbox.Extracts("LEE").Where(f => f.Dataset == "filiere_annee").Select(f => Duck.Literal(inbox.PathOf(f.RelativePath))));
        var share = duck.Scalar<double>($"SELECT avg(CASE WHEN secteur = 'ALPHA_FLE' THEN 1 ELSE 0 END) FROM read_ndjson([{files}])");
        Assert.InRange(share, 0.5, 1.0);
    }
}
