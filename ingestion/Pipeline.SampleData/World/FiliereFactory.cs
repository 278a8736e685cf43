using System.Globalization;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.World;

/// <summary>
/// Creates the filières: CISP ones grow from ≈400 (2017–2020) to 452 (2022) and 472 (2023) [S] with a little
/// churn; Brussels OISP actions (≈150 a year) stay open over the period.
/// </summary>
internal static class FiliereFactory
{
    private const double YearlyClosureRate = 0.02;

    public static IReadOnlyList<Filiere> Create(int seed, double scale, IReadOnlyList<Operator> operators)
    {
        var filieres = new List<Filiere>();
        var cisp = operators.Where(o => o.IsCisp).ToList();
        var cispWeights = cisp.Select(o => (o, o.Size)).ToList();

        // Every CISP has at least one filière; the rest go to operators in proportion to their size.
        var initial = Math.Max(cisp.Count, (int)Math.Round(SectorTargets.CispFilieres(SectorTargets.FirstYear) * scale));
        var rng = SampleRandom.For(seed, "filieres", "cisp");
        for (var i = 0; i < initial; i++)
        {
            var owner = i < cisp.Count ? cisp[i] : rng.PickWeighted(cispWeights);
            filieres.Add(NewFiliere(seed, owner, filieres.Count, SectorTargets.FirstYear));
        }

        for (var year = SectorTargets.FirstYear + 1; year <= SectorTargets.LastYear; year++)
        {
            var active = filieres.Where(f => f.LastYear >= year).ToList();
            var closing = active.Where(f => rng.Chance(YearlyClosureRate) && filieres.Count(o => o.Operator == f.Operator && o.LastYear >= year) > 1).ToList();
            foreach (var closed in closing)
            {
                filieres[filieres.IndexOf(closed)] = closed with { LastYear = year - 1 };
            }

            var target = (int)Math.Round(SectorTargets.CispFilieres(year) * scale);
            for (var open = active.Count - closing.Count; open < target; open++)
            {
                filieres.Add(NewFiliere(seed, rng.PickWeighted(cispWeights), filieres.Count, year));
            }
        }

        foreach (var owner in operators.Where(o => o.IsTraining && !o.IsCisp))
        {
            var count = owner.Type == "OISP_FORMATION" ? 3 : 2;
            for (var i = 0; i < count; i++)
            {
                filieres.Add(NewFiliere(seed, owner, filieres.Count, SectorTargets.FirstYear));
            }
        }

        return filieres;
    }

    private static Filiere NewFiliere(int seed, Operator owner, int index, int firstYear)
    {
        var rng = SampleRandom.For(seed, "filiere", index);
        var methodology = owner.Type switch
        {
            "CISP_EFT" or "OISP_AFT" => "EFT",
            "CISP_MIXTE" => rng.Chance(0.5) ? "EFT" : "DEFI",
            _ => "DEFI",
        };
        var category = Category(rng, owner, methodology);
        var sector = Sector(rng, owner, category);
        var size = rng.LogNormal(1.0, 2.0) * (methodology == "EFT" ? 1.4 : 1.0) * (category == "ORIENTATION" ? 0.5 : 1.0);
        return new Filiere(
            Id: SampleRandom.Pseudonym(owner.Federation, string.Create(CultureInfo.InvariantCulture, $"filiere|{index}")),
            Operator: owner,
            Methodology: methodology,
            Category: category,
            Sector: sector,
            SiteCommune: owner.SeatCommune,
            BaseAgreedHours: size,
            FirstYear: firstYear,
            LastYear: SectorTargets.LastYear);
    }

    // 2023: 58 % professionnalisantes, 28 % base, 15 % orientation [S]; EFT trains through production.
    private static string Category(SampleRandom rng, Operator owner, string methodology) => owner switch
    {
        { Federation: "LEE" } => rng.Chance(0.85) ? "BASE" : "ORIENTATION",
        { Type: "MISSION_LOCALE" } => "ORIENTATION",
        { Type: "OISP_FORMATION" } => rng.PickWeighted<string>([("BASE", 0.6), ("PROFESSIONNALISANTE", 0.3), ("ORIENTATION", 0.1)]),
        _ when methodology == "EFT" => rng.Chance(0.9) ? "PROFESSIONNALISANTE" : "BASE",
        _ => rng.PickWeighted<string>([("PROFESSIONNALISANTE", 0.50), ("BASE", 0.32), ("ORIENTATION", 0.18)]),
    };

    private static string Sector(SampleRandom rng, Operator owner, string category) => category switch
    {
        "ORIENTATION" => "ORIENTATION_PROJET",
        "BASE" when owner.Federation == "LEE" => "ALPHA_FLE",
        "BASE" when owner.Region == "BRU" => rng.PickWeighted<string>([("ALPHA_FLE", 0.6), ("REMISE_A_NIVEAU", 0.3), ("NUMERIQUE", 0.1)]),
        "BASE" => rng.PickWeighted<string>([("ALPHA_FLE", 0.40), ("REMISE_A_NIVEAU", 0.45), ("NUMERIQUE", 0.15)]),
        _ => rng.PickWeighted<string>(
        [
            ("BATIMENT", 18), ("HORECA", 16), ("MARAICHAGE_ESPACES_VERTS", 12), ("NETTOYAGE", 8), ("SERVICES_PERSONNES", 12),
            ("ADMIN_BUREAU", 10), ("LOGISTIQUE_MAGASIN", 8), ("NUMERIQUE", 8), ("AUTRE", 8),
        ]),
    };
}
