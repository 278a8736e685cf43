namespace Pipeline.SampleData.World;

/// <summary>How many members of each type a federation has at scale 1 (domain.md §1–2; 151 CISP, 70 SIS, 55 OISP, 50 ESMI).</summary>
internal sealed record FederationProfile(string Code, string Region, IReadOnlyList<(string Type, int Count)> Members)
{
    public static readonly IReadOnlyList<FederationProfile> All =
    [
        new("UNESSA", "WAL", [("CISP_EFT", 20), ("CISP_DEFI", 18), ("CISP_MIXTE", 7), ("SIS", 25)]),
        new("ALEAP", "WAL", [("CISP_EFT", 14), ("CISP_DEFI", 15), ("CISP_MIXTE", 6), ("SIS", 10)]),
        new("CAIPS", "WAL", [("CISP_EFT", 15), ("CISP_DEFI", 15), ("CISP_MIXTE", 5), ("SIS", 20)]),
        new("LEE", "WAL", [("CISP_DEFI", 11), ("SIS", 5)]),
        new("AID", "WAL", [("CISP_EFT", 8), ("CISP_DEFI", 17), ("SIS", 10)]),
        new("FEBISP", "BRU", [("OISP_FORMATION", 38), ("OISP_AFT", 8), ("MISSION_LOCALE", 9), ("ESMI", 50)]),
    ];
}
