using System.Text.Json;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Generation;

/// <summary>Dataset H, sis_activite_annee: aggregated activity of each SIS (19 h of collective activity per social worker [S]).</summary>
internal static class SisActivityRows
{
    public static IEnumerable<object?[]> Generate(RowContext context)
    {
        foreach (var op in context.Operators.Where(o => o.Type == "SIS"))
        {
            var rng = SampleRandom.For(context.Seed, "sis", op.Id, context.Year);
            var covid = context.Year == 2020 ? 0.6 : context.Year == 2021 ? 0.8 : 1.0;
            var beneficiaries = Math.Max(10, (int)Math.Round(rng.LogNormal(80, 2.0) * covid));
            var workers = Math.Max(1, (int)Math.Round(op.Size * 2));
            var split = new Dictionary<string, int>();
            var remaining = beneficiaries;
            var cells = CodeLists.AgeClasses.SelectMany(a => new[] { "F_" + a, "H_" + a }).ToArray();
            foreach (var cell in cells[..^1])
            {
                var count = Math.Min(remaining, rng.Poisson(beneficiaries / (double)cells.Length));
                split[cell] = count;
                remaining -= count;
            }

            split[cells[^1]] = remaining;
            yield return context.Row(
                op.Id, context.Year, beneficiaries, (int)Math.Round(rng.LogNormal(120, 1.8) * covid),
                (int)Math.Round(19 * 44 * workers * covid), (int)Math.Round(beneficiaries * rng.Normal(1.5, 0.3)),
                JsonSerializer.Serialize(split));
        }
    }
}
