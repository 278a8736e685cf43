using Xunit.Abstractions;

namespace Pipeline.SampleData.Tests.Targets;

/// <summary>The qualitative stories of domain.md §7, read from the files: trends, the lockdown, the injected quality issues.</summary>
[Collection(FullScaleSectorCollection.Name)]
public sealed class SectorStoryTests(FullScaleSector sector, ITestOutputHelper output)
{
    private const string Walloon = "federation <> 'FEBISP'";

    [Fact]
    public void The_cpas_share_at_entry_rises_from_2017_to_2023()
    {
        var shares = sector.Duck.Query<(int Year, double Share)>(
            $"""
            SELECT millesime, avg(CASE WHEN statut_entree IN ('RIS_CPAS', 'AIDE_SOCIALE_EQUIV') THEN 1 ELSE 0 END)
            FROM parcours WHERE {Walloon} GROUP BY ALL ORDER BY 1
            """)
            .ToDictionary(s => s.Year, s => s.Share);
        output.WriteLine(string.Join(", ", shares.Select(s => $"{s.Key}: {s.Value:P1}")));
        Assert.True(shares[2017] < shares[2020] && shares[2020] < shares[2023]);
        Assert.True(shares[2023] - shares[2017] > 0.03);
        // The sourced points: 31.4 % (2020), 32.7 % (2021), then ≈ 34 % by 2023.
        Assert.InRange(shares[2020], 0.314 - 0.015, 0.314 + 0.015);
        Assert.InRange(shares[2021], 0.327 - 0.015, 0.327 + 0.015);
        Assert.InRange(shares[2023], 0.34 - 0.015, 0.34 + 0.015);
    }

    [Fact]
    public void Candidates_per_place_are_lower_in_2021_than_in_2019()
    {
        double PerPlace(int year) => sector.Value(
            $"""
            SELECT (SELECT sum(nb_candidatures) FROM recrutement_mois WHERE {Walloon} AND millesime = {year})
                 / (SELECT sum(places_prevues) FROM filiere_annee WHERE {Walloon} AND millesime = {year})
            """);
        double Candidates(int year) => sector.Value($"SELECT sum(nb_candidatures) FROM recrutement_mois WHERE {Walloon} AND millesime = {year}");
        output.WriteLine($"candidates per place: {PerPlace(2019):N2} (2019), {PerPlace(2021):N2} (2021), {PerPlace(2023):N2} (2023); "
            + $"candidates 2019→2021 {Candidates(2021) / Candidates(2019) - 1:P1}");
        Assert.True(PerPlace(2021) < 0.9 * PerPlace(2019));
        Assert.True(PerPlace(2023) > PerPlace(2021));
        // "−25 % 2019→2021" [S].
        Assert.InRange(Candidates(2021) / Candidates(2019), 0.75 - 0.05, 0.75 + 0.05);
    }

    [Fact]
    public void Entries_stop_from_mid_march_to_mid_may_2020()
    {
        double Entries(string from, string to) =>
            sector.Value($"SELECT count(*) FROM parcours WHERE {Walloon} AND date_entree BETWEEN DATE '{from}' AND DATE '{to}'");
        var april2020 = Entries("2020-04-01", "2020-04-30");
        var lockdown = Entries("2020-03-16", "2020-05-15");
        var sameWeeks2019 = Entries("2019-03-16", "2019-05-15");
        output.WriteLine($"entries in April 2020: {april2020}; 16 March–15 May: {lockdown} (2020) vs {sameWeeks2019} (2019)");
        Assert.Equal(0, april2020);
        Assert.True(lockdown < 0.01 * sameWeeks2019);
        // Entries resume in the second half of May, and Nov–Dec 2020 are partial.
        Assert.True(Entries("2020-05-16", "2020-05-31") > 0);
        Assert.True(Entries("2020-11-01", "2020-12-31") < 0.7 * Entries("2019-11-01", "2019-12-31"));
    }

    [Fact]
    public void Entries_peak_in_september_october_and_dip_in_summer()
    {
        var byMonth = sector.Duck.Query<(long Month, double Share)>(
            $"SELECT month(date_entree), count(*) / sum(count(*)) OVER () FROM parcours WHERE {Walloon} AND millesime = 2019 GROUP BY ALL")
            .ToDictionary(m => m.Month, m => m.Share);
        Assert.True(byMonth[9] > 2 * byMonth[7] && byMonth[10] > 2 * byMonth[8]);
        Assert.True(byMonth[1] > byMonth[12]);
    }

    [Fact]
    public void The_mental_health_share_of_acts_rises_after_2020()
    {
        var shares = sector.Duck.Query<(int Year, double Share)>(
            $"""
            SELECT millesime, avg(CASE WHEN thematique = 'SANTE_MENTALE' THEN 1 ELSE 0 END)
            FROM accompagnement_acte WHERE {Walloon} GROUP BY ALL ORDER BY 1
            """)
            .ToDictionary(s => s.Year, s => s.Share);
        output.WriteLine("mental health share of acts: " + string.Join(", ", shares.Select(s => $"{s.Key}: {s.Value:P1}")));
        for (var year = 2021; year <= 2024; year++)
        {
            Assert.True(shares[year] > shares[year - 1], $"{year}: {shares[year]:P2} after {shares[year - 1]:P2}");
        }

        Assert.True(shares[2023] - shares[2020] > 0.03);
        Assert.True(Math.Abs(shares[2020] - shares[2017]) < 0.015);
    }

    [Fact]
    public void About_30_percent_of_known_exits_have_an_unknown_situation_at_6_months()
    {
        var unknownAmongLeavers = sector.Value(
            $"SELECT avg(CASE WHEN situation_6m = 'INCONNU' THEN 1 ELSE 0 END) FROM parcours WHERE {Walloon} AND motif_sortie <> 'EN_COURS'");
        var unknownOverall = sector.Value($"SELECT avg(CASE WHEN situation_6m = 'INCONNU' THEN 1 ELSE 0 END) FROM parcours WHERE {Walloon}");
        output.WriteLine($"situation_6m INCONNU: {unknownAmongLeavers:P1} of leavers, {unknownOverall:P1} of all rows (those still in training too)");
        Assert.InRange(unknownAmongLeavers, 0.28, 0.32);
        Assert.Equal(0, sector.Value($"SELECT count(*) FROM parcours WHERE {Walloon} AND motif_sortie = 'EN_COURS' AND situation_6m <> 'INCONNU'"));
    }

    [Fact]
    public void Some_trainees_hold_contracts_with_two_operators_in_one_year()
    {
        var shared = sector.Duck.Query<(string Federation, int Year, long People)>(
            """
            SELECT federation, millesime, count(*) FROM (
                SELECT federation, millesime, stagiaire_pid FROM parcours GROUP BY ALL HAVING count(DISTINCT operateur_id) > 1)
            GROUP BY ALL
            """);
        var total = shared.Sum(s => s.People);
        output.WriteLine($"stagiaire_pid under two or more operators in one year: {total} (federation-years: {shared.Count})");
        Assert.Equal(8, shared.Select(s => s.Year).Distinct().Count());
        // Legitimate but rare.
        Assert.InRange(total, 8, 0.01 * sector.Value("SELECT count(*) FROM parcours"));
    }
}
