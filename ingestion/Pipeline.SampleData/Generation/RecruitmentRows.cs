using System.Text.Json;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Generation;

/// <summary>
/// Dataset C, recrutement_mois: per filière and month. Entries are the month's parcours entries exactly;
/// candidates follow candidates-per-place and the fill rate of the year; non-entries split by reason with
/// the year's information-session no-show share.
/// </summary>
internal static class RecruitmentRows
{
    public static IEnumerable<object?[]> Generate(RowContext context)
    {
        foreach (var plan in context.Plans)
        {
            var trainees = TraineeGenerator.Generate(context.Seed, plan);
            var rng = SampleRandom.For(context.Seed, "recruitment", plan.Filiere.Id, plan.Year);
            var candidatesPerEntry = SectorTargets.CandidatesPerPlace(plan.Year) / SectorTargets.FillRate(plan.Year);
            for (var month = 1; month <= 12; month++)
            {
                var first = new DateOnly(plan.Year, month, 1);
                var last = first.AddMonths(1).AddDays(-1);
                var entries = plan.EntriesByMonth[month - 1];
                var candidates = (int)Math.Round(entries * candidatesPerEntry * (0.85 + (0.3 * rng.NextDouble())))
                    + (SectorTargets.EntryFactor(plan.Year, month) > 0 ? rng.Poisson(0.8) : 0);
                var active = trainees.Count(t => t.Entry <= last && t.FollowedUntil > last);
                yield return context.Row(
                    plan.Filiere.Id,
                    first,
                    (int)Math.Round(candidates * 1.6),
                    candidates == 0 ? 0 : Math.Max(1, candidates / 8),
                    candidates,
                    (int)Math.Round(candidates * 0.75),
                    entries,
                    Math.Max(0, (int)Math.Round(plan.Places / 2.0) - active),
                    rng.PickWeighted<string>(
                        [("FOREM_ACTIRIS", 40), ("CPAS", 20), ("AUTRE_OPERATEUR", 10), ("BOUCHE_A_OREILLE", 18), ("RESEAUX_SOCIAUX", 7), ("SPONTANE", 5)]),
                    NonEntries(rng, plan.Year, Math.Max(0, candidates - entries)));
            }
        }
    }

    private static string NonEntries(SampleRandom rng, int year, int nonEntries)
    {
        var noShows = (int)Math.Round(nonEntries * SectorTargets.InfoSessionNoShow(year));
        var counts = CodeLists.NonEntryReasons.ToDictionary(r => r, _ => 0);
        counts["NE_SE_PRESENTE_PAS"] = noShows;
        (string, double)[] others = [("NON_ELIGIBLE", 25), ("MOBILITE", 18), ("GARDE_ENFANTS", 14), ("FINANCIER", 12), ("SANTE", 12), ("EMPLOI_TROUVE", 9), ("AUTRE", 10)];
        for (var i = noShows; i < nonEntries; i++)
        {
            counts[rng.PickWeighted(others)]++;
        }

        return JsonSerializer.Serialize(counts);
    }
}
