using System.Globalization;
using System.Text;

namespace Pipeline.Marts.Tests;

/// <summary>
/// A random region × sector table of person counts with its margins, built from a few operators'
/// contributions (each operator in one region, in a few sectors, mostly with small numbers).
/// </summary>
internal sealed class RandomTable
{
    private readonly Dictionary<(string Region, string Secteur), Dictionary<int, int>> contributions = [];

    private RandomTable(IReadOnlyList<string> regions, IReadOnlyList<string> secteurs)
    {
        Regions = regions;
        Secteurs = secteurs;
    }

    public IReadOnlyList<string> Regions { get; }

    public IReadOnlyList<string> Secteurs { get; }

    public static RandomTable Create(Random random, int minimumPerOperator = 0, int operatorsPerCell = 0)
    {
        var regions = Enumerable.Range(1, random.Next(2, 4)).Select(i => "R" + i).ToList();
        var secteurs = Enumerable.Range(1, random.Next(2, 6)).Select(i => "S" + i).ToList();
        var table = new RandomTable(regions, secteurs);
        var operators = operatorsPerCell > 0 ? regions.Count * operatorsPerCell : random.Next(3, 16);
        for (var op = 0; op < operators; op++)
        {
            var region = regions[op % regions.Count];
            foreach (var secteur in secteurs)
            {
                if (operatorsPerCell == 0 && random.NextDouble() < 0.5)
                {
                    continue;
                }

                // mostly small numbers, sometimes a large centre: small cells resting on several operators,
                // cells under three operators and dominated cells all happen
                var draw = random.NextDouble();
                var count = minimumPerOperator + (draw < 0.15 ? random.Next(10, 60) : draw < 0.6 ? random.Next(0, 3) : random.Next(0, 7));
                table.Add(region, secteur, op, count);
            }
        }

        return table;
    }

    public double Value(string region, string secteur) => Contributors(region, secteur).Sum(c => c.Value);

    public int Operators(string region, string secteur) => Contributors(region, secteur).Count(c => c.Value > 0);

    /// <summary>The registration rows (the sdc_in_* contract) of every cell and margin, as a SELECT.</summary>
    public string RegistrationSql()
    {
        var rows = new List<string>();
        foreach (var region in Regions.Append("TOUS"))
        {
            foreach (var secteur in Secteurs.Append("TOUS"))
            {
                var cell = Contributors(region, secteur).ToList();
                var max = cell.Count == 0 ? 0 : cell.Max(c => c.Value);
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"('{region}', '{secteur}', {Value(region, secteur)}, {Operators(region, secteur)}, {max})"));
            }
        }

        var sql = new StringBuilder("""
            SELECT
                'pub_test' AS tableau,
                map(['annee', 'region', 'secteur'], ['2020', region, secteur]) AS ligne,
                'nb' AS mesure,
                'stagiaires_test' AS population,
                map(['annee', 'region', 'secteur'], ['2020', region, secteur]) AS cellule,
                NULL::VARCHAR[] AS denominateur_sans,
                'personnes' AS nature,
                CAST(valeur AS DOUBLE) AS valeur,
                CAST(n_operateurs AS BIGINT) AS n_operateurs,
                CAST(contribution_max AS DOUBLE) AS contribution_max,
                ['FED'] AS source_federations
            FROM (VALUES
            """);
        sql.AppendJoin(",\n", rows).Append(") AS t(region, secteur, valeur, n_operateurs, contribution_max)");
        return sql.ToString();
    }

    private void Add(string region, string secteur, int op, int count)
    {
        if (!contributions.TryGetValue((region, secteur), out var cell))
        {
            contributions[(region, secteur)] = cell = [];
        }

        cell[op] = count;
    }

    /// <summary>Per operator, its total in the cell (a margin sums the operator over the collapsed dimension).</summary>
    private IEnumerable<KeyValuePair<int, int>> Contributors(string region, string secteur) =>
        contributions
            .Where(c => (region == "TOUS" || c.Key.Region == region) && (secteur == "TOUS" || c.Key.Secteur == secteur))
            .SelectMany(c => c.Value)
            .GroupBy(c => c.Key)
            .Select(g => new KeyValuePair<int, int>(g.Key, g.Sum(c => c.Value)));
}
