namespace Pipeline.SampleData.Generation;

/// <summary>One trainee contract (a parcours row) with the profile the other datasets depend on.</summary>
internal sealed record Trainee(
    string ParcoursId,
    string StagiairePid,
    World.FilierePlan Plan,
    DateOnly Entry,
    DateOnly? Exit,
    string Sex,
    string AgeClass,
    string Education,
    string Status,
    string Inactivity,
    string Nationality,
    string Household,
    string HomeArrondissement,
    int Hours,
    int JustifiedAbsence,
    string ExitReason,
    string SituationAfterSixMonths,
    bool SkillsValidated,
    int CompanyPlacementHours)
{
    /// <summary>RIS and no-income trainees carry more problems (domain.md §7).</summary>
    public bool IsPrecarious => Status is "RIS_CPAS" or "AIDE_SOCIALE_EQUIV" or "SANS_REVENU";

    /// <summary>The last day the trainee is followed in the year.</summary>
    public DateOnly FollowedUntil => Exit ?? new DateOnly(Plan.Year, 12, 31);
}
