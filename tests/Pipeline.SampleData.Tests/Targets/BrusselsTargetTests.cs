using Xunit.Abstractions;

namespace Pipeline.SampleData.Tests.Targets;

/// <summary>domain.md §7: Brussels OISP trainees (FEBISP parcours), ≈5 000 in 2019, −25 % in 2020, recovered by 2023.</summary>
[Collection(FullScaleSectorCollection.Name)]
public sealed class BrusselsTargetTests(FullScaleSector sector, ITestOutputHelper output)
{
    private double Trainees(int year) => sector.Value($"SELECT count(*) FROM parcours WHERE federation = 'FEBISP' AND millesime = {year}");

    [Fact]
    public void About_5000_trainees_in_2019_a_quarter_fewer_in_2020_and_recovered_by_2023()
    {
        var (y2019, y2020, y2023) = (Trainees(2019), Trainees(2020), Trainees(2023));
        output.WriteLine($"Brussels OISP trainees: {y2019:N0} (2019), {y2020:N0} (2020, {y2020 / y2019 - 1:P1}), {y2023:N0} (2023)");
        Assert.InRange(y2019, 5_000 * 0.97, 5_000 * 1.03);
        Assert.InRange(y2020 / y2019, 0.75 - 0.03, 0.75 + 0.03);
        Assert.True(y2023 >= 0.97 * y2019);
    }

    [Fact]
    public void Brussels_trainees_are_about_30_percent_cpas_and_35_percent_non_eu()
    {
        var cpas = sector.Value(
            "SELECT avg(CASE WHEN statut_entree IN ('RIS_CPAS', 'AIDE_SOCIALE_EQUIV') THEN 1 ELSE 0 END) FROM parcours WHERE federation = 'FEBISP'");
        var nonEu = sector.Value(
            "SELECT avg(CASE WHEN nationalite_groupe = 'HORS_UE' THEN 1 ELSE 0 END) FROM parcours WHERE federation = 'FEBISP'");
        output.WriteLine($"Brussels: CPAS {cpas:P1}, non-EU {nonEu:P1}");
        Assert.InRange(cpas, 0.28, 0.32);
        Assert.InRange(nonEu, 0.33, 0.37);
    }
}
