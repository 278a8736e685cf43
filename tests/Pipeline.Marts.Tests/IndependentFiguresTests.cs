namespace Pipeline.Marts.Tests;

/// <summary>
/// Key published figures recomputed by a query written here, straight on the raw Parquet of the lake
/// (current files only, per the ingestion manifest), sharing nothing with the models under test.
/// </summary>
[Collection(SectorWarehouseCollection.Name)]
public sealed class IndependentFiguresTests(SectorWarehouse sector)
{
    private string Raw(string dataset) =>
        $"read_parquet({Sql.Literal(Path.Combine(sector.Project.RawPath, dataset, "**", "*.parquet"))}, hive_partitioning = true)"
        + " WHERE _unit_id IN (SELECT unit_id FROM ingest_manifest WHERE status = 'ingested')";

    [Fact]
    public void Realisation_rate_per_year_matches_the_raw_hours()
    {
        using var connection = sector.OpenWarehouse();
        var expected = Sql.ByKey(connection,
            $"SELECT millesime, sum(heures_prestees) / sum(heures_agreees) FROM (SELECT * FROM {Raw("filiere_annee")}) GROUP BY 1");
        var published = Sql.ByKey(connection,
            "SELECT annee, taux_realisation FROM pub_penurie_stagiaires WHERE region = 'TOUS' AND secteur = 'TOUS'");
        Assert.Equal(expected.Keys.Order(), published.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, published[e.Key], 9));
    }

    [Fact]
    public void Entrants_per_year_match_the_raw_contracts()
    {
        using var connection = sector.OpenWarehouse();
        var expected = Sql.ByKey(connection,
            $"SELECT millesime, count(DISTINCT parcours_id) FROM (SELECT * FROM {Raw("parcours")}) GROUP BY 1");
        var published = Sql.ByKey(connection,
            "SELECT annee, nb_stagiaires FROM pub_profil_public WHERE region = 'TOUS' AND type_dispositif = 'TOUS' AND dimension = 'TOUS'");
        Assert.Equal(expected, published);
    }

    [Fact]
    public void Positive_exit_share_per_cohort_matches_the_raw_exit_reasons()
    {
        using var connection = sector.OpenWarehouse();
        var expected = Sql.ByKey(connection, $"""
            SELECT year(date_sortie),
                count(*) FILTER (WHERE motif_sortie IN ('EMPLOI', 'FORMATION_QUALIFIANTE')) / count(*)
            FROM (SELECT DISTINCT ON (parcours_id) * FROM {Raw("parcours")})
            WHERE motif_sortie IS NOT NULL AND motif_sortie <> 'EN_COURS'
            GROUP BY 1
            """);
        var published = Sql.ByKey(connection, """
            SELECT annee_sortie, part FROM pub_sorties
            WHERE region = 'TOUS' AND type_dispositif = 'TOUS' AND categorie = 'TOUS' AND dimension = 'TOUS'
                AND indicateur = 'sortie_positive'
            """);
        Assert.NotEmpty(published);
        Assert.All(published, p => Assert.Equal(expected[p.Key], p.Value, 9));
    }

    [Fact]
    public void Memorandum_figures_are_the_published_figures()
    {
        using var connection = sector.OpenWarehouse();
        var fiche = Sql.ByKey(connection,
            "SELECT annee, valeur FROM pub_fiches_memorandum WHERE code_indicateur = 'taux_realisation' AND region = 'TOUS'");
        var mart = Sql.ByKey(connection,
            "SELECT annee, taux_realisation FROM pub_penurie_stagiaires WHERE region = 'TOUS' AND secteur = 'TOUS'");
        Assert.Equal(mart, fiche);
        Assert.Equal(6, Sql.Scalar(connection, "SELECT count(DISTINCT fiche_numero) FROM pub_fiches_memorandum"));
    }
}
