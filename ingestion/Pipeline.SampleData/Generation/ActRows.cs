using System.Globalization;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Generation;

/// <summary>
/// Dataset E, accompagnement_acte: ≈85 % of trainees accompanied, ≈12 acts per trainee, themes ~ Poisson(2.2)
/// (more for RIS and no-income trainees), mental health and debt gaining 2 points a year after 2020.
/// </summary>
internal static class ActRows
{
    private static readonly (string Type, double Weight, int Minutes)[] ActTypes =
    [
        ("ENTRETIEN_INDIVIDUEL", 45, 45), ("SUIVI_ADMINISTRATIF", 20, 20), ("ORIENTATION_RESEAU", 12, 30),
        ("ATELIER_COLLECTIF", 12, 120), ("VISITE", 5, 90), ("MEDIATION", 6, 60),
    ];

    public static IEnumerable<object?[]> Generate(RowContext context)
    {
        foreach (var trainee in context.Trainees)
        {
            var rng = SampleRandom.For(context.Seed, "acts", trainee.ParcoursId);
            if (!rng.Chance(trainee.IsPrecarious ? 0.90 : 0.82))
            {
                continue;
            }

            var themes = Themes(rng, context.Year, trainee.IsPrecarious);
            var days = Math.Max(1, trainee.FollowedUntil.DayNumber - trainee.Entry.DayNumber);
            var acts = 1 + rng.Poisson(13);
            for (var i = 0; i < acts; i++)
            {
                var (type, _, minutes) = rng.PickWeighted(ActTypes.Select(t => (t, t.Weight)).ToList());
                var theme = rng.Pick(themes);
                yield return context.Row(
                    string.Create(CultureInfo.InvariantCulture, $"{trainee.ParcoursId}-{i:D3}"),
                    trainee.ParcoursId,
                    trainee.Entry.AddDays(rng.Next(days + 1)),
                    type,
                    theme,
                    Math.Max(10, (int)Math.Round(minutes * (0.6 + (0.8 * rng.NextDouble())) / 5) * 5),
                    rng.PickWeighted<string>([("IPSP", 60), ("FORMATEUR", 20), ("ASSISTANT_SOCIAL", 15), ("DIRECTION", 5)]),
                    type == "ORIENTATION_RESEAU" ? Referral(theme) : null);
            }
        }
    }

    private static List<string> Themes(SampleRandom rng, int year, bool precarious)
    {
        var trend = Math.Max(0, year - 2020) * 2.0;
        var weights = new List<(string, double)>
        {
            ("LOGEMENT", 14), ("DETTES", 10 + trend), ("SANTE_MENTALE", 10 + trend), ("ASSUETUDES", 4), ("JUSTICE", 4),
            ("GARDE_ENFANTS", 8), ("MOBILITE", 14), ("DROITS_SOCIAUX", 14), ("NUMERIQUE", 10), ("VIOLENCES", 3), ("AUTRE", 9),
        };
        var count = Math.Min(CodeLists.Themes.Length, 1 + rng.Poisson(precarious ? 1.7 : 1.1));
        var chosen = new List<string>();
        while (chosen.Count < count)
        {
            var theme = rng.PickWeighted(weights);
            if (!chosen.Contains(theme))
            {
                chosen.Add(theme);
            }
        }

        return chosen;
    }

    private static string Referral(string theme) => theme switch
    {
        "DETTES" => "MEDIATION_DETTES",
        "LOGEMENT" => "LOGEMENT_SOCIAL",
        "SANTE_MENTALE" or "ASSUETUDES" => "SSM",
        "JUSTICE" or "VIOLENCES" => "JURIDIQUE",
        "DROITS_SOCIAUX" => "CPAS",
        _ => "AUTRE",
    };
}
