namespace Pipeline.SampleData.Generation;

/// <summary>Dataset B, filiere_annee: agreed, delivered and immunised hours and places per filière.</summary>
internal static class FiliereRows
{
    public static IEnumerable<object?[]> Generate(RowContext context) =>
        context.Plans.Select(p => context.Row(
            p.Filiere.Id, p.Filiere.Operator.Id, p.Year, p.Filiere.Methodology, p.Filiere.Category, p.Filiere.Sector,
            p.AgreedHours, p.DeliveredHours, p.ImmunisedHours, p.Places, p.Filiere.SiteCommune));
}
