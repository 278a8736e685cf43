namespace Pipeline.SampleData.World;

/// <summary>
/// A filière's year, decided top-down so that every dataset agrees: agreed, delivered and immunised hours,
/// how many trainees and when they enter. Parcours, recruitment and hours are all derived from it.
/// </summary>
internal sealed record FilierePlan(
    Filiere Filiere,
    int Year,
    int AgreedHours,
    int DeliveredHours,
    int ImmunisedHours,
    int Trainees,
    int Places,
    IReadOnlyList<int> EntriesByMonth);
