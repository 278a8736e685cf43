namespace Pipeline.SampleData.World;

/// <summary>A member centre of a federation (CISP, SIS, OISP, Mission locale, ESMI).</summary>
internal sealed record Operator(
    string Id,
    string Federation,
    string Type,
    string LegalForm,
    string Region,
    string Arrondissement,
    string SeatCommune,
    DateOnly ApprovalStart,
    int Sites,
    double Size)
{
    public bool IsCisp => Type.StartsWith("CISP", StringComparison.Ordinal);

    public bool IsTraining => IsCisp || Type is "OISP_FORMATION" or "OISP_AFT" or "MISSION_LOCALE";

    /// <summary>Agrément periods: 6 years in Wallonia, 3 in Brussels (domain.md §1).</summary>
    public DateOnly ApprovalEnd(int year)
    {
        var length = Region == "BRU" ? 3 : 6;
        var start = ApprovalStart;
        while (start.AddYears(length).Year <= year)
        {
            start = start.AddYears(length);
        }

        return start.AddYears(length).AddDays(-1);
    }
}

/// <summary>A training filière of an operator, open from <see cref="FirstYear"/> to <see cref="LastYear"/>.</summary>
internal sealed record Filiere(
    string Id,
    Operator Operator,
    string Methodology,
    string Category,
    string Sector,
    string SiteCommune,
    double BaseAgreedHours,
    int FirstYear,
    int LastYear)
{
    public bool IsActive(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>HORECA and construction recruit worst: 10–15 points lower realisation in 2021–23 [S].</summary>
    public bool IsHardToRecruit => Sector is "HORECA" or "BATIMENT";
}
