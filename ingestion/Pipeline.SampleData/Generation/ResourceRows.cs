using System.Text.Json;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Generation;

/// <summary>
/// Dataset G, ressources_operateur_annee: staff (formateurs ≈56 %, IPSP ≈15 %, direction ≈5 % of workers [S]),
/// staff training hours, spending and funding mix, partnerships.
/// </summary>
internal static class ResourceRows
{
    private const double TeachingHoursPerTrainerFte = 1_100;

    public static IEnumerable<object?[]> Generate(RowContext context)
    {
        var agreedByOperator = context.Plans.GroupBy(p => p.Filiere.Operator.Id)
            .ToDictionary(g => g.Key, g => (Agreed: g.Sum(p => p.AgreedHours), Delivered: g.Sum(p => p.DeliveredHours)));
        foreach (var op in context.Operators)
        {
            var rng = SampleRandom.For(context.Seed, "resources", op.Id, context.Year);
            var (agreed, delivered) = agreedByOperator.GetValueOrDefault(op.Id);
            var trainers = agreed > 0 ? agreed / TeachingHoursPerTrainerFte * (0.9 + (0.2 * rng.NextDouble())) : 1.5 + (op.Size * 2);
            var ipsp = trainers * rng.Normal(0.27, 0.04);
            var technical = op.Type is "CISP_EFT" or "OISP_AFT" or "ESMI" ? trainers * 0.3 : 0;
            var direction = Math.Max(0.5, trainers * 0.09);
            var admin = trainers * 0.2;
            var staff = trainers + ipsp + technical + direction + admin;
            var costPerHour = rng.Normal(28, 4);
            var spending = Math.Round((delivered > 0 ? delivered * costPerHour : staff * 52_000) + (staff * 6_000), 2);
            var production = op.Type is "CISP_EFT" or "OISP_AFT" or "ESMI" ? 0.08 : 0.01;
            var (regional, employment, esf) = (0.55, 0.20, 0.10);
            yield return context.Row(
                op.Id, context.Year, Fte(trainers), Fte(ipsp), Fte(technical), Fte(direction), Fte(admin),
                (int)Math.Round(staff * rng.Normal(20, 5)),
                spending,
                Money(spending * regional), Money(spending * employment), Money(spending * esf), Money(spending * production),
                Money(spending * (1 - regional - employment - esf - production)),
                JsonSerializer.Serialize(CodeLists.PartnershipTypes.ToDictionary(t => t, _ => rng.Poisson(2.0))));
        }
    }

    private static double Fte(double value) => Math.Round(Math.Max(0, value), 2);

    private static double Money(double value) => Math.Round(value, 2);
}
