using Pipeline.SampleData.Sector;
using Pipeline.SampleData.World;

namespace Pipeline.SampleData.Generation;

/// <summary>The profile distributions of domain.md §7 (sex, age, education, status, nationality, exits).</summary>
internal static class TraineeProfile
{
    public static string Sex(SampleRandom rng, Filiere filiere)
    {
        // BATIMENT ≈90 % men, SERVICES_PERSONNES ≈80 % women, EFT ≈65 % men, DéFI base and ALPHA_FLE ≈65 % women.
        var women = filiere switch
        {
            { Sector: "BATIMENT" } => 0.10,
            { Sector: "SERVICES_PERSONNES" } => 0.80,
            { Sector: "ALPHA_FLE" } => 0.65,
            { Methodology: "DEFI", Category: "BASE" } => 0.65,
            { Methodology: "EFT" } => 0.35,
            _ => 0.55,
        };
        var draw = rng.NextDouble();
        return draw < 0.005 ? "X" : draw < 0.005 + (women * 0.995) ? "F" : "H";
    }

    public static string AgeClass(SampleRandom rng, Filiere filiere)
    {
        // 24/15/26/20/15 overall; younger in EFT, older in ALPHA_FLE.
        (string, double)[] weights = filiere switch
        {
            { Sector: "ALPHA_FLE" } => [("18_24", 12), ("25_29", 12), ("30_39", 30), ("40_49", 26), ("50_PLUS", 20)],
            { Methodology: "EFT" } => [("18_24", 33), ("25_29", 17), ("30_39", 24), ("40_49", 16), ("50_PLUS", 10)],
            _ => [("18_24", 24), ("25_29", 15), ("30_39", 26), ("40_49", 20), ("50_PLUS", 15)],
        };
        return rng.PickWeighted(weights);
    }

    public static string Education(SampleRandom rng, Filiere filiere)
    {
        // 70 % at most CESDD [S]; foreign unrecognised diplomas ≈20 % in ALPHA_FLE.
        var foreign = filiere.Sector == "ALPHA_FLE" ? 20.0 : 7.0;
        return rng.PickWeighted<string>(
        [
            ("AUCUN", 9), ("CEB", 21), ("CESI_CE1D", 18), ("CESDD_CE2D", 22), ("CESS", 18 - (foreign - 7)),
            ("ETRANGER_NON_RECONNU", foreign), ("SUPERIEUR", 2), ("INCONNU", 2),
        ]);
    }

    public static string Status(SampleRandom rng, int year, string region)
    {
        var (cpas, chomage, mutuelle, sansRevenu) = SectorTargets.StatusShares(year);
        if (region == "BRU")
        {
            (cpas, chomage, mutuelle, sansRevenu) = (0.30, 0.38, 0.02, 0.30);
        }

        return rng.PickWeighted<string>(
        [
            ("RIS_CPAS", cpas * 0.9), ("AIDE_SOCIALE_EQUIV", cpas * 0.1),
            ("ALLOC_CHOMAGE", chomage * 0.85), ("ALLOC_INSERTION", chomage * 0.15),
            ("MUTUELLE_SPF", mutuelle), ("SANS_REVENU", sansRevenu - 0.01), ("AUTRE", 0.01),
        ]);
    }

    public static string Nationality(SampleRandom rng, Filiere filiere) => (filiere.Operator.Region, filiere.Sector) switch
    {
        ("BRU", _) => rng.PickWeighted<string>([("BE", 45), ("UE", 20), ("HORS_UE", 35)]),
        (_, "ALPHA_FLE") => rng.PickWeighted<string>([("BE", 30), ("UE", 15), ("HORS_UE", 55)]),
        _ => rng.PickWeighted<string>([("BE", 78), ("UE", 9), ("HORS_UE", 13)]),
    };

    /// <summary>At exit: job 22–25 % ("1 in 4" [S]), qualifying training 15 %, dropouts 22 %; 2020–21 jobs −5 pts, dropouts +5 pts.</summary>
    public static string ExitReason(SampleRandom rng, int year)
    {
        var covid = SectorTargets.IsCovidYear(year) ? 5.0 : 0.0;
        var dropout = 22 + covid;
        return rng.PickWeighted<string>(
        [
            ("EMPLOI", 24 - covid), ("FORMATION_QUALIFIANTE", 15), ("AUTRE_FORMATION", 8), ("FIN_FORMATION", 25),
            ("ABANDON_SANTE", dropout * 0.375), ("ABANDON_FAMILLE", dropout * 0.25), ("ABANDON_FINANCIER", dropout * 0.1875),
            ("ABANDON_MOBILITE", dropout * 0.1875), ("EXCLUSION", 3),
        ]);
    }

    /// <summary>+6 months: positive (job or qualifying training) ≈45–50 % of the known; 30 % unknown (injected defect).</summary>
    public static string SituationAfterSixMonths(SampleRandom rng, string exitReason)
    {
        if (rng.Chance(0.30))
        {
            return "INCONNU";
        }

        var positive = exitReason switch
        {
            "EMPLOI" => 0.85,
            "FORMATION_QUALIFIANTE" => 0.85,
            "AUTRE_FORMATION" => 0.40,
            "FIN_FORMATION" => 0.30,
            "EXCLUSION" => 0.10,
            _ => 0.12,
        };
        if (!rng.Chance(positive))
        {
            return rng.PickWeighted<string>([("DEMANDEUR_EMPLOI", 70), ("INACTIF", 20), ("AUTRE_FORMATION", 10)]);
        }

        return exitReason == "FORMATION_QUALIFIANTE" && rng.Chance(0.8)
            ? "FORMATION_QUALIFIANTE"
            : rng.PickWeighted<string>([("EMPLOI_CDI", 25), ("EMPLOI_CDD", 35), ("INTERIM", 15), ("ART60", 15), ("INDEPENDANT", 3), ("FORMATION_QUALIFIANTE", 7)]);
    }
}
