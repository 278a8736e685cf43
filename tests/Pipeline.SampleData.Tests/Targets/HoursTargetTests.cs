using Xunit.Abstractions;

namespace Pipeline.SampleData.Tests.Targets;

/// <summary>domain.md §7: CISP hours agreed, delivered and immunised (filiere_annee), and the realisation rate.</summary>
[Collection(FullScaleSectorCollection.Name)]
public sealed class HoursTargetTests(FullScaleSector sector, ITestOutputHelper output)
{
    private const string Walloon = "federation <> 'FEBISP'";

    [Theory]
    [InlineData(2019, 5_240_000)]
    [InlineData(2020, 3_198_640)]
    [InlineData(2021, 3_900_000)]
    [InlineData(2022, 4_400_000)]
    [InlineData(2023, 4_900_000)]
    public void Delivered_hours_are_within_3_percent_of_the_target(int year, double target)
    {
        var delivered = sector.Value($"SELECT sum(heures_prestees) FROM filiere_annee WHERE {Walloon} AND millesime = {year}");
        output.WriteLine($"{year}: {delivered:N0} h delivered (target {target:N0})");
        Assert.InRange(delivered, target * 0.97, target * 1.03);
    }

    [Theory]
    [InlineData(2019, 0.95)]
    [InlineData(2020, 0.58)]
    [InlineData(2021, 0.70)]
    [InlineData(2022, 0.79)]
    [InlineData(2023, 0.88)]
    public void The_realisation_rate_is_within_3_percent_of_the_target(int year, double target)
    {
        var rate = sector.Value($"SELECT sum(heures_prestees) / sum(heures_agreees) FROM filiere_annee WHERE {Walloon} AND millesime = {year}");
        output.WriteLine($"{year}: realisation {rate:P1} (target {target:P0})");
        Assert.InRange(rate, target * 0.97, target * 1.03);
    }

    [Fact]
    public void Agreed_hours_are_about_5_45_to_5_6_million_every_year()
    {
        var agreed = sector.Duck.Query<(int Year, double Hours)>(
            $"SELECT millesime, sum(heures_agreees)::DOUBLE FROM filiere_annee WHERE {Walloon} GROUP BY ALL ORDER BY 1");
        output.WriteLine("agreed hours: " + string.Join(", ", agreed.Select(a => $"{a.Year}: {a.Hours:N0}")));
        Assert.Equal(8, agreed.Count);
        Assert.All(agreed, a => Assert.InRange(a.Hours, 5_450_000 * 0.97, 5_600_000 * 1.03));
    }

    [Fact]
    public void Immunised_hours_are_large_in_2020_2021_small_in_2022_and_zero_from_2023()
    {
        double Immunised(int year) => sector.Value($"SELECT sum(heures_immunisees) FROM filiere_annee WHERE {Walloon} AND millesime = {year}");
        double Gap(int year) => sector.Value($"SELECT sum(heures_agreees - heures_prestees) FROM filiere_annee WHERE {Walloon} AND millesime = {year}");
        output.WriteLine("immunised hours: " + string.Join(", ", Enumerable.Range(2019, 6).Select(y => $"{y}: {Immunised(y):N0}")));
        Assert.Equal(0, Immunised(2023));
        Assert.Equal(0, Immunised(2024));
        Assert.InRange(Immunised(2022), 1, 0.2 * Gap(2022));
        Assert.True(Immunised(2020) > 0.5 * Gap(2020));
        Assert.True(Immunised(2021) > 0.4 * Gap(2021));
        Assert.True(Immunised(2021) > 5 * Immunised(2022));
    }

    [Fact]
    public void Parcours_hours_add_up_to_the_filieres_delivered_hours()
    {
        var mismatches = sector.Duck.Query<(string, int)>(
            """
            SELECT federation, millesime FROM (SELECT federation, millesime, sum(heures_prestees) AS h FROM parcours GROUP BY ALL) p
            JOIN (SELECT federation, millesime, sum(heures_prestees) AS h FROM filiere_annee GROUP BY ALL) f USING (federation, millesime)
            WHERE p.h <> f.h
            """);
        Assert.Empty(mismatches);
        // ≈ 341 h per trainee in 2019 and ≈ 280 h in 2020 [D].
        var perTrainee2019 = sector.Value($"SELECT sum(heures_prestees) / count(*) FROM parcours WHERE {Walloon} AND millesime = 2019");
        var perTrainee2020 = sector.Value($"SELECT sum(heures_prestees) / count(*) FROM parcours WHERE {Walloon} AND millesime = 2020");
        output.WriteLine($"hours per trainee: {perTrainee2019:N0} (2019), {perTrainee2020:N0} (2020)");
        Assert.InRange(perTrainee2019, 341 * 0.97, 341 * 1.03);
        Assert.InRange(perTrainee2020, 280 * 0.97, 280 * 1.03);
    }

    [Fact]
    public void Horeca_and_construction_realise_10_to_15_points_less_in_2021_2023()
    {
        var gaps = new[] { 2019, 2021, 2022, 2023 }.ToDictionary(year => year, year => sector.Value(
            $"""
            SELECT sum(heures_prestees) FILTER (NOT hard) / sum(heures_agreees) FILTER (NOT hard)
                 - sum(heures_prestees) FILTER (hard) / sum(heures_agreees) FILTER (hard)
            FROM (SELECT *, secteur IN ('HORECA', 'BATIMENT') AS hard FROM filiere_annee WHERE {Walloon} AND millesime = {year})
            """));
        output.WriteLine("HORECA and construction below the other filières: " + string.Join(", ", gaps.Select(g => $"{g.Key}: {g.Value * 100:N1} points")));
        Assert.All(gaps.Where(g => g.Key >= 2021), g => Assert.InRange(g.Value, 0.10 - 0.01, 0.15 + 0.01));
        Assert.InRange(gaps[2019], -0.03, 0.03);
    }

    [Fact]
    public void Filieres_realisation_rates_spread_by_about_12_points()
    {
        var spreads = new[] { 2019, 2020, 2021, 2022, 2023 }.ToDictionary(year => year, year => sector.Value(
            $"SELECT stddev_samp(heures_prestees / heures_agreees) FROM filiere_annee WHERE {Walloon} AND millesime = {year}"));
        output.WriteLine("sd of filière realisation: " + string.Join(", ", spreads.Select(s => $"{s.Key}: {s.Value * 100:N1} points")));
        Assert.All(spreads.Where(s => s.Key >= 2020), s => Assert.InRange(s.Value, 0.08, 0.16));
    }
}
