namespace Pipeline.SampleData.Sector;

/// <summary>
/// The sector figures of domain.md §7 that the synthetic world reproduces at scale 1, per year.
/// [S] sourced, [D] derived from sourced figures, the rest proposals; see domain.md for the sources.
/// </summary>
internal static class SectorTargets
{
    public const int FirstYear = 2017;
    public const int LastYear = 2024;

    /// <summary>CISP trainees under contract (Wallonia): 2019 [D], 2020 and 2023 [S], 2022 [D].</summary>
    public static int CispTrainees(int year) => year switch
    {
        2017 => 15_700,
        2018 => 15_400,
        2019 => 15_330,
        2020 => 11_422,
        2021 => 11_500,
        2022 => 12_820,
        2023 => 14_345,
        _ => 14_700,
    };

    /// <summary>Brussels OISP trainees: ≈4 500 in 2015 [S], ≈5 000 in 2019, −25 % in 2020, recovered by 2023.</summary>
    public static int OispTrainees(int year) => year switch
    {
        2017 => 4_800,
        2018 => 4_900,
        2019 => 5_000,
        2020 => 3_750,
        2021 => 4_200,
        2022 => 4_600,
        2023 => 5_000,
        _ => 5_100,
    };

    /// <summary>Realisation rate (delivered / agreed hours): 2019 ≈95 %, 2020 58 % [S], then recovering.</summary>
    public static double RealisationRate(int year) => year switch
    {
        2017 => 0.94,
        2018 => 0.95,
        2019 => 0.955,
        2020 => 0.58,
        2021 => 0.70,
        2022 => 0.79,
        2023 => 0.88,
        _ => 0.89,
    };

    /// <summary>Hours delivered in CISP: 2019 ≈5.24 M [D], 2020 3.20 M [S], then ≈3.9, 4.4 and 4.9 M.</summary>
    public static double CispHoursDelivered(int year) => year switch
    {
        2017 => 5_250_000,
        2018 => 5_230_000,
        2019 => 5_240_000,
        2020 => 3_198_640,
        2021 => 3_900_000,
        2022 => 4_400_000,
        2023 => 4_900_000,
        _ => 5_000_000,
    };

    /// <summary>Share of unrealised hours neutralised ("immunised"): large in 2020–21, small in 2022, none from 2023 [S].</summary>
    public static double ImmunisedShareOfGap(int year) => year switch
    {
        2020 => 0.75,
        2021 => 0.55,
        2022 => 0.10,
        _ => 0.0,
    };

    /// <summary>CISP filières per year: ≈400 until 2020, 452 (2022) and 472 (2023) [S].</summary>
    public static int CispFilieres(int year) => year switch
    {
        <= 2020 => 400,
        2021 => 425,
        2022 => 452,
        2023 => 472,
        _ => 480,
    };

    /// <summary>Candidates per place: ≈2.0 in 2017–19, ≈1.5 in 2021 (−25 % [S]), ≈1.8 by 2023.</summary>
    public static double CandidatesPerPlace(int year) => year switch
    {
        <= 2019 => 2.0,
        2020 => 1.7,
        2021 => 1.5,
        2022 => 1.65,
        2023 => 1.8,
        _ => 1.85,
    };

    /// <summary>Share of people invited to an information session who do not come: 35–45 %, higher in 2021–22.</summary>
    public static double InfoSessionNoShow(int year) => year is 2021 or 2022 ? 0.45 : 0.38;

    /// <summary>Entries / places: the fill rate, low in the Covid years.</summary>
    public static double FillRate(int year) => year switch
    {
        <= 2019 => 0.93,
        2020 => 0.70,
        2021 => 0.74,
        2022 => 0.82,
        2023 => 0.90,
        _ => 0.91,
    };

    /// <summary>
    /// Status at entry (CISP), interpolated from the Interfédé series [S]: CPAS 19 % (2010) → 31.4 % (2020)
    /// → 32.7 % (2021) → ≈34 % (2023); unemployment 56 % → 43.3 % → 40.8 % → ≈39 %.
    /// </summary>
    public static (double Cpas, double Chomage, double MutuelleSpf, double SansRevenu) StatusShares(int year) => year switch
    {
        2017 => (0.285, 0.455, 0.025, 0.235),
        2018 => (0.295, 0.447, 0.025, 0.233),
        2019 => (0.305, 0.440, 0.025, 0.230),
        2020 => (0.314, 0.433, 0.023, 0.230),
        2021 => (0.327, 0.408, 0.023, 0.242),
        2022 => (0.333, 0.400, 0.025, 0.242),
        2023 => (0.340, 0.390, 0.025, 0.245),
        _ => (0.343, 0.386, 0.025, 0.246),
    };

    /// <summary>Entries by month relative to normal: near zero 16 March – mid-May 2020, partial in Nov–Dec 2020.</summary>
    public static double EntryFactor(int year, int month) => (year, month) switch
    {
        (2020, 3) => 0.5,
        (2020, 4) => 0.0,
        (2020, 5) => 0.45,
        (2020, 11) or (2020, 12) => 0.5,
        _ => 1.0,
    };

    /// <summary>Entry seasonality: peaks Sept–Oct and Jan–Feb, lows in July–August and December.</summary>
    public static readonly double[] MonthlyEntryWeights = [11, 10, 8, 7, 7, 6, 3, 4, 14, 13, 9, 4];

    /// <summary>Points of sector-wide jobs lost and dropouts gained in 2020–21.</summary>
    public static bool IsCovidYear(int year) => year is 2020 or 2021;
}
