using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Generation;

/// <summary>
/// Dataset F, questionnaire_impact (CAIPS "Bien-être et Insertion" style): waves T0 (entry, 70 % answer),
/// T1 (exit, 55 %) and T2 (+6 months, 30 %); self-esteem +0.4 from T0 to T1; lower at T0 for single
/// parents and trainees of foreign origin.
/// </summary>
internal static class SurveyRows
{
    public static IEnumerable<object?[]> Generate(RowContext context)
    {
        foreach (var trainee in context.Trainees)
        {
            var rng = SampleRandom.For(context.Seed, "survey", trainee.ParcoursId);
            var handicap = (trainee.Household == "MONOPARENTAL" ? 0.4 : 0) + (trainee.Nationality == "HORS_UE" ? 0.3 : 0);
            var baseline = CodeLists.SurveyDimensions.Select(_ => rng.Normal(3.0 - handicap, 0.7)).ToArray();
            var problems = Math.Min(8, rng.Poisson(trainee.IsPrecarious ? 3.0 : 2.2));
            if (rng.Chance(0.70))
            {
                yield return Answer(context, trainee.ParcoursId, "T0", trainee.Entry.AddDays(rng.Next(1, 15)), baseline, problems);
            }

            if (trainee.Exit is not { } exit)
            {
                continue;
            }

            var atExit = baseline.Select((v, i) => v + (i == 0 ? 0.4 : 0.2) + rng.Normal(0, 0.5)).ToArray();
            if (rng.Chance(0.55))
            {
                yield return Answer(context, trainee.ParcoursId, "T1", exit, atExit, Math.Max(0, problems - rng.Poisson(0.6)));
            }

            if (rng.Chance(0.30))
            {
                var later = atExit.Select(v => v + 0.1 + rng.Normal(0, 0.5)).ToArray();
                yield return Answer(context, trainee.ParcoursId, "T2", exit.AddMonths(6), later, Math.Max(0, problems - rng.Poisson(0.9)));
            }
        }
    }

    private static object?[] Answer(RowContext context, string parcoursId, string wave, DateOnly date, double[] scores, int problems) =>
        context.Row([parcoursId, wave, date, .. scores.Select(s => (object?)Math.Clamp((int)Math.Round(s), 1, 5)), problems]);
}
