using System.Globalization;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.World;

/// <summary>Creates a federation's member operators.</summary>
internal static class OperatorFactory
{
    public static IEnumerable<Operator> Create(int seed, double scale, FederationProfile federation)
    {
        foreach (var (type, count) in federation.Members)
        {
            var scaled = Math.Max(1, (int)Math.Round(count * scale));
            for (var i = 0; i < scaled; i++)
            {
                var rng = SampleRandom.For(seed, "operator", federation.Code, type, i);
                var arrondissement = federation.Region == "BRU"
                    ? Geography.Brussels
                    : rng.PickWeighted(Geography.Wallonia.Select(a => (a, a.Weight)).ToList());
                yield return new Operator(
                    Id: SampleRandom.Pseudonym(federation.Code, string.Create(CultureInfo.InvariantCulture, $"operateur|{type}|{i}")),
                    Federation: federation.Code,
                    Type: type,
                    LegalForm: LegalForm(rng, type),
                    Region: federation.Region,
                    Arrondissement: arrondissement.Code,
                    SeatCommune: rng.Pick(arrondissement.Communes),
                    ApprovalStart: new DateOnly(rng.Next(2005, 2017), 1, 1),
                    Sites: 1 + rng.Poisson(0.8),
                    Size: rng.LogNormal(1.0, 2.0));
            }
        }
    }

    // 139 ASBL and 11 CPAS among the 150 CISP of 2017 [S]; ESMI are often cooperatives.
    private static string LegalForm(SampleRandom rng, string type) => type switch
    {
        _ when type.StartsWith("CISP", StringComparison.Ordinal) => rng.Chance(0.073) ? "CPAS" : "ASBL",
        "SIS" => rng.Chance(0.2) ? "CPAS" : "ASBL",
        "ESMI" => rng.PickWeighted<string>([("SC_ES", 0.5), ("ASBL", 0.45), ("AUTRE", 0.05)]),
        _ => "ASBL",
    };
}
