namespace Pipeline.SampleData.Generation;

/// <summary>Dataset D, parcours: one row per trainee contract.</summary>
internal static class ParcoursRows
{
    public static IEnumerable<object?[]> Generate(RowContext context) =>
        context.Trainees.Select(t => context.Row(
            t.ParcoursId, t.StagiairePid, t.Plan.Filiere.Operator.Id, t.Plan.Filiere.Id, t.Entry, t.Exit, t.Sex, t.AgeClass,
            t.Education, t.Status, t.Inactivity, t.Nationality, t.Household, t.HomeArrondissement, t.Hours, t.JustifiedAbsence,
            t.ExitReason, t.SituationAfterSixMonths, t.SkillsValidated, t.CompanyPlacementHours));
}
