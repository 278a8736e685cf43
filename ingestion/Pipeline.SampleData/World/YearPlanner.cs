using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.World;

/// <summary>
/// Plans one year of every active filière so that the sector totals of domain.md §7 hold at the chosen
/// scale: agreed hours share the year's envelope, delivered hours follow the realisation rate (HORECA and
/// construction lower in 2021–23), and trainees and entries are apportioned exactly to the year's target.
/// </summary>
internal static class YearPlanner
{
    private const double BrusselsHoursPerTrainee = 300;

    public static IReadOnlyList<FilierePlan> Plan(SectorWorld world, int year)
    {
        var active = world.Filieres.Where(f => f.IsActive(year)).ToList();
        var cisp = active.Where(f => f.Operator.IsCisp).ToList();
        var brussels = active.Where(f => !f.Operator.IsCisp).ToList();
        var realisation = SectorTargets.RealisationRate(year);

        var cispDelivered = SectorTargets.CispHoursDelivered(year) * world.Scale;
        var brusselsTrainees = SectorTargets.OispTrainees(year) * world.Scale;
        // Brussels follows the same Covid pattern around ≈300 h per trainee.
        var brusselsDelivered = brusselsTrainees * BrusselsHoursPerTrainee * realisation / SectorTargets.RealisationRate(2019);

        return
        [
            .. PlanGroup(world, year, cisp, cispDelivered, SectorTargets.CispTrainees(year) * world.Scale),
            .. PlanGroup(world, year, brussels, brusselsDelivered, brusselsTrainees),
        ];
    }

    private static IEnumerable<FilierePlan> PlanGroup(
        SectorWorld world, int year, IReadOnlyList<Filiere> filieres, double deliveredTarget, double traineesTarget)
    {
        if (filieres.Count == 0)
        {
            yield break;
        }

        var realisation = SectorTargets.RealisationRate(year);
        var agreedTarget = deliveredTarget / realisation;
        var baseTotal = filieres.Sum(f => f.BaseAgreedHours);
        var agreed = filieres.Select(f => Math.Max(100, (int)Math.Round(f.BaseAgreedHours / baseTotal * agreedTarget))).ToArray();
        var rates = RealisationRates(world.Seed, year, filieres, agreed, realisation);

        // Scale delivered hours so the group total is exactly on target, whatever the draws.
        var raw = agreed.Select((a, i) => a * rates[i]).ToArray();
        var factor = deliveredTarget / raw.Sum();
        var delivered = raw.Select(r => (int)Math.Round(r * factor)).ToArray();
        var trainees = Apportion((int)Math.Round(traineesTarget), delivered.Select(d => (double)d).ToArray());

        for (var i = 0; i < filieres.Count; i++)
        {
            var filiere = filieres[i];
            var rng = SampleRandom.For(world.Seed, "plan", filiere.Id, year);
            var gap = Math.Max(0, agreed[i] - delivered[i]);
            var immunised = Math.Min(gap, (int)Math.Round(gap * SectorTargets.ImmunisedShareOfGap(year) * (0.8 + (0.4 * rng.NextDouble()))));
            var places = Math.Max(1, (int)Math.Ceiling(trainees[i] / SectorTargets.FillRate(year)));
            yield return new FilierePlan(filiere, year, agreed[i], delivered[i], immunised, trainees[i], places, Entries(rng, year, trainees[i]));
        }
    }

    /// <summary>
    /// Per-filière realisation: the year's rate, with HORECA and construction 10–15 points below the other filières in
    /// 2021–23 (others compensate, so the hours-weighted mean stays the year's rate), spread ≈12 pts.
    /// </summary>
    private static double[] RealisationRates(int seed, int year, IReadOnlyList<Filiere> filieres, int[] agreed, double realisation)
    {
        var hardShare = filieres.Select((f, i) => f.IsHardToRecruit ? agreed[i] : 0).Sum() / (double)agreed.Sum();
        // The expected gap between the two groups is the penalty itself (hard: −penalty × (1 − share), others:
        // +penalty × share): 12.5 points, the middle of domain.md §7's 10–15 (the draws move it by ±2).
        var penalty = year is >= 2021 and <= 2023 ? 0.125 : 0.0;
        var spread = Math.Min(0.12, ((1.0 - realisation) * 1.5) + 0.03);
        return filieres.Select(f =>
        {
            var rng = SampleRandom.For(seed, "realisation", f.Id, year);
            var mean = f.IsHardToRecruit ? realisation - (penalty * (1 - hardShare)) : realisation + (penalty * hardShare);
            return Math.Clamp(rng.Normal(mean, spread), 0.2, 1.0);
        }).ToArray();
    }

    /// <summary>Entries per month: seasonality, and the 2020 lockdown.</summary>
    private static int[] Entries(SampleRandom rng, int year, int trainees)
    {
        var weights = SectorTargets.MonthlyEntryWeights.Select((w, m) => w * SectorTargets.EntryFactor(year, m + 1)).ToArray();
        var months = new int[12];
        var choices = weights.Select((w, m) => (m, w)).ToList();
        for (var i = 0; i < trainees; i++)
        {
            months[rng.PickWeighted(choices)]++;
        }

        return months;
    }

    /// <summary>Largest-remainder apportionment of <paramref name="total"/> in proportion to <paramref name="weights"/>.</summary>
    internal static int[] Apportion(int total, double[] weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => sum > 0 ? w / sum * total : 0).ToArray();
        var result = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var remaining = total - result.Sum();
        foreach (var index in exact.Select((e, i) => (Remainder: e - Math.Floor(e), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i).Take(remaining))
        {
            result[index.i]++;
        }

        return result;
    }
}
