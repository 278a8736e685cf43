using System.Globalization;
using Pipeline.SampleData.Sector;
using Pipeline.SampleData.World;

namespace Pipeline.SampleData.Generation;

/// <summary>
/// The trainees of one filière-year, regenerated identically on every call: entries follow the plan's
/// months, hours share the plan's delivered hours exactly, and profiles follow domain.md §7.
/// </summary>
internal static class TraineeGenerator
{
    // A small pool per federation-year from which a few identities are drawn twice: the same person
    // legitimately holds contracts with two operators in one year (domain.md §7, injected quality defect).
    private const double SharedIdentityShare = 0.01;

    public static IReadOnlyList<Trainee> Generate(int seed, FilierePlan plan)
    {
        var filiere = plan.Filiere;
        var rng = SampleRandom.For(seed, "trainees", filiere.Id, plan.Year);
        var weights = Enumerable.Range(0, plan.Trainees).Select(_ => rng.LogNormal(1.0, 3.0)).ToArray();
        var hours = YearPlanner.Apportion(plan.DeliveredHours, weights);
        var trainees = new List<Trainee>(plan.Trainees);
        var index = 0;
        for (var month = 1; month <= 12; month++)
        {
            for (var k = 0; k < plan.EntriesByMonth[month - 1]; k++, index++)
            {
                trainees.Add(Create(seed, plan, month, index, hours[index]));
            }
        }

        return trainees;
    }

    private static Trainee Create(int seed, FilierePlan plan, int month, int index, int hours)
    {
        var filiere = plan.Filiere;
        var year = plan.Year;
        var federation = filiere.Operator.Federation;
        var rng = SampleRandom.For(seed, "trainee", filiere.Id, year, index);
        // No entries from 16 March to mid-May 2020 (lockdown): March's come before it, May's after it.
        var (firstEntryDay, lastEntryDay) = (year, month) switch
        {
            (2020, 3) => (1, 15),
            (2020, 5) => (16, 31),
            _ => (1, DateTime.DaysInMonth(year, month)),
        };
        var entry = new DateOnly(year, month, rng.Next(firstEntryDay, lastEntryDay + 1));
        var weeklyHours = 15 + rng.Next(11);
        var exit = entry.AddDays((int)Math.Ceiling(hours / (double)weeklyHours * 7));
        var stillRunning = exit.Year > year;
        var status = TraineeProfile.Status(rng, year, filiere.Operator.Region);
        var identity = rng.Chance(SharedIdentityShare)
            ? string.Create(CultureInfo.InvariantCulture, $"shared|{year}|{rng.Next(Math.Max(2, plan.Trainees))}")
            : string.Create(CultureInfo.InvariantCulture, $"{filiere.Id}|{year}|{index}");
        var exitReason = stillRunning ? "EN_COURS" : TraineeProfile.ExitReason(rng, year);
        return new Trainee(
            ParcoursId: SampleRandom.Pseudonym(federation, string.Create(CultureInfo.InvariantCulture, $"parcours|{filiere.Id}|{year}|{index}")),
            StagiairePid: SampleRandom.Pseudonym(federation, "stagiaire|" + identity),
            Plan: plan,
            Entry: entry,
            Exit: stillRunning ? null : exit,
            Sex: TraineeProfile.Sex(rng, filiere),
            AgeClass: TraineeProfile.AgeClass(rng, filiere),
            Education: TraineeProfile.Education(rng, filiere),
            Status: status,
            Inactivity: rng.PickWeighted<string>([("LT6M", 20), ("6_12M", 20), ("12_24M", 25), ("GT24M", 35)]),
            Nationality: TraineeProfile.Nationality(rng, filiere),
            Household: rng.PickWeighted<string>([("ISOLE", 35), ("MONOPARENTAL", 18), ("COUPLE_SANS_ENF", 10), ("COUPLE_AVEC_ENF", 20), ("COHABITANT_AUTRE", 17)]),
            HomeArrondissement: rng.Chance(0.85) || filiere.Operator.Region == "BRU"
                ? filiere.Operator.Arrondissement
                : rng.PickWeighted(Geography.Wallonia.Select(a => (a.Code, a.Weight)).ToList()),
            Hours: hours,
            JustifiedAbsence: (int)Math.Round(hours * rng.NextDouble() * 0.15),
            ExitReason: exitReason,
            SituationAfterSixMonths: stillRunning ? "INCONNU" : TraineeProfile.SituationAfterSixMonths(rng, exitReason),
            SkillsValidated: filiere.Category == "PROFESSIONNALISANTE" ? rng.Chance(0.12) : rng.Chance(0.03),
            CompanyPlacementHours: CompanyPlacement(rng, filiere));
    }

    private static int CompanyPlacement(SampleRandom rng, Filiere filiere) =>
        filiere.Category == "PROFESSIONNALISANTE" && rng.Chance(filiere.Methodology == "DEFI" ? 0.6 : 0.2) ? 40 + rng.Next(161) : 0;
}
