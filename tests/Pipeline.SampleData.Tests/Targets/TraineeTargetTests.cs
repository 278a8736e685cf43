using Xunit.Abstractions;

namespace Pipeline.SampleData.Tests.Targets;

/// <summary>domain.md §7: CISP trainees per year (parcours rows of the five Walloon federations), centres and filières.</summary>
[Collection(FullScaleSectorCollection.Name)]
public sealed class TraineeTargetTests(FullScaleSector sector, ITestOutputHelper output)
{
    private const string Walloon = "federation <> 'FEBISP'";

    [Theory]
    [InlineData(2017, 15_700)]
    [InlineData(2018, 15_400)]
    [InlineData(2019, 15_330)]
    [InlineData(2020, 11_422)]
    [InlineData(2021, 11_500)]
    [InlineData(2022, 12_820)]
    [InlineData(2023, 14_345)]
    [InlineData(2024, 14_700)]
    public void Cisp_trainees_are_within_3_percent_of_the_target(int year, int target)
    {
        var trainees = sector.Value($"SELECT count(*) FROM parcours WHERE {Walloon} AND millesime = {year}");
        output.WriteLine($"{year}: {trainees:N0} CISP trainees (target {target:N0})");
        Assert.InRange(trainees, target * 0.97, target * 1.03);
    }

    [Theory]
    [InlineData(2017, 400)]
    [InlineData(2020, 400)]
    [InlineData(2022, 452)]
    [InlineData(2023, 472)]
    public void Cisp_filieres_follow_the_sourced_counts(int year, int target)
    {
        var filieres = sector.Value($"SELECT count(*) FROM filiere_annee WHERE {Walloon} AND millesime = {year}");
        output.WriteLine($"{year}: {filieres} CISP filières (target {target})");
        Assert.InRange(filieres, target * 0.97, target * 1.03);
    }

    [Fact]
    public void There_are_150_to_152_cisp_centres_every_year()
    {
        var counts = sector.Duck.Query<(int Year, long Centres)>(
            "SELECT millesime, count(*) FROM operateur WHERE type_dispositif LIKE 'CISP%' GROUP BY ALL ORDER BY 1");
        Assert.Equal(8, counts.Count);
        Assert.All(counts, c => Assert.InRange(c.Centres, 150, 152));
    }

    [Fact]
    public void Each_year_recruitment_entries_are_the_parcours_entries()
    {
        var mismatches = sector.Duck.Query<(string, int, long, long)>(
            """
            SELECT p.federation, p.millesime, p.trainees, r.entries
            FROM (SELECT federation, millesime, count(*) AS trainees FROM parcours GROUP BY ALL) p
            JOIN (SELECT federation, millesime, sum(nb_entrees)::BIGINT AS entries FROM recrutement_mois GROUP BY ALL) r USING (federation, millesime)
            WHERE p.trainees <> r.entries
            """);
        Assert.Empty(mismatches);
        Assert.Equal(6 * 8, sector.Value("SELECT count(DISTINCT (federation, millesime)) FROM recrutement_mois"));
    }
}
