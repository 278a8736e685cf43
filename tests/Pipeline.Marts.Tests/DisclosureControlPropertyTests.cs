using System.Globalization;
using System.Text;
using Pipeline.DuckDb;

namespace Pipeline.Marts.Tests;

/// <summary>
/// The disclosure-control models of marts/sdc (the SQL files themselves) run on many random small
/// tables of person counts, region × sector with margins, contributed by a few operators. Whatever the
/// table, nothing published may be a small count, rest on too few operators, or be recoverable by
/// subtraction along a row or a column (checked by <see cref="AdditiveGroups"/>, written independently).
/// </summary>
public sealed class DisclosureControlPropertyTests
{
    private const int MinCell = 5;
    private const int MinOperators = 3;

    private static readonly string[] Registrations =
    [
        "sdc_in_penurie", "sdc_in_penurie_mois", "sdc_in_profil_public", "sdc_in_sorties",
        "sdc_in_accompagnement", "sdc_in_accompagnement_thematique", "sdc_in_ressources",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void No_random_table_publishes_a_small_or_recoverable_count(int batch)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:;threads=1");
        connection.Open();
        CreateParameters(connection);
        var failures = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var seed = (batch * 1000) + i;
            var table = RandomTable.Create(new Random(seed));
            var published = RunDisclosureControl(connection, table);
            failures.AddRange(AdditiveGroups.Violations(published, ["region", "secteur"], MinCell).Select(v => $"seed {seed}: {v}"));
            failures.AddRange(published
                .Where(c => c.Value is > 0 && table.Operators(c.Coordinates["region"], c.Coordinates["secteur"]) < MinOperators)
                .Select(c => $"seed {seed}: cell {c.Coordinates["region"]}/{c.Coordinates["secteur"]} rests on too few operators"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void A_table_with_no_small_cell_is_published_whole()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:;threads=1");
        connection.Open();
        CreateParameters(connection);
        var table = RandomTable.Create(new Random(7), minimumPerOperator: 20, operatorsPerCell: 4);
        var published = RunDisclosureControl(connection, table);
        Assert.All(published, c => Assert.False(c.IsHidden, $"{c.Coordinates["region"]}/{c.Coordinates["secteur"]} hidden"));
        Assert.Equal(table.Value("TOUS", "TOUS"), published.Single(c => c.Coordinates["region"] == "TOUS" && c.Coordinates["secteur"] == "TOUS").Value);
    }

    private static List<PublishedCell> RunDisclosureControl(DuckDBConnection connection, RandomTable table)
    {
        var script = new StringBuilder();
        script.Append("CREATE OR REPLACE TABLE sdc_in_penurie AS ").Append(table.RegistrationSql()).AppendLine(";");
        foreach (var other in Registrations.Skip(1))
        {
            script.Append(CultureInfo.InvariantCulture, $"CREATE OR REPLACE TABLE {other} AS SELECT * FROM sdc_in_penurie LIMIT 0;\n");
        }

        foreach (var model in new[] { "sdc_cellules", "sdc_decisions", "sdc_publication" })
        {
            var sql = File.ReadAllText(Path.Combine(Path.Combine(RepositoryRoot.Path, "marts"), "sdc", model + ".sql"));
            script.Append(CultureInfo.InvariantCulture, $"CREATE OR REPLACE TABLE {model} AS {sql.TrimEnd().TrimEnd(';')}\n;\n");
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = script.ToString();
            command.ExecuteNonQuery();
        }

        return [.. Sql.Rows(connection, "SELECT ligne['region'], ligne['secteur'], valeur_publiee FROM sdc_publication WHERE mesure = 'nb'")
            .Select(r => new PublishedCell(
                new Dictionary<string, string> { ["region"] = (string)r[0]!, ["secteur"] = (string)r[1]! },
                r[2] is null ? null : Convert.ToDouble(r[2], CultureInfo.InvariantCulture)))];
    }

    private static void CreateParameters(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE pipeline_parametres AS SELECT * FROM (VALUES
                ('privacy.min_cell', {MinCell}.0), ('privacy.min_denominator', 10.0), ('privacy.min_operators', {MinOperators}.0),
                ('privacy.max_dominance', 0.85), ('stats.denominateur_comparable', 30.0), ('stats.z_95', 1.959963984540054)
            ) AS t(parametre, valeur);
            """;
        command.ExecuteNonQuery();
    }
}
