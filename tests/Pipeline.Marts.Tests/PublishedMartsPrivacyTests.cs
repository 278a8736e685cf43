using System.Globalization;

namespace Pipeline.Marts.Tests;

/// <summary>
/// The published Parquet files themselves, read as a reader would: no small person count anywhere, and
/// no hidden count recoverable by subtraction along the additive dimensions of the profile and
/// outcome tables.
/// </summary>
[Collection(SectorWarehouseCollection.Name)]
public sealed class PublishedMartsPrivacyTests(SectorWarehouse sector)
{
    /// <summary>Published columns that count people, per mart.</summary>
    private static readonly Dictionary<string, string[]> PersonCounts = new()
    {
        ["pub_penurie_stagiaires"] = ["nb_candidatures", "nb_entrees", "nb_non_entrees", "nb_non_presentations"],
        ["pub_penurie_recrutement_mois"] = ["nb_candidatures", "nb_entrees", "nb_non_entrees", "nb_non_presentations"],
        ["pub_profil_public"] = ["nb_stagiaires", "nb_stagiaires_total"],
        ["pub_sorties"] = ["nb", "denominateur"],
        ["pub_accompagnement"] = ["nb_stagiaires", "nb_stagiaires_accompagnes", "nb_stagiaires_multi_problematiques",
            "nb_stagiaires_orientes", "nb_repondants_t0", "nb_repondants_t0_t1", "nb_repondants_t0_t2"],
        ["pub_accompagnement_thematique"] = ["nb_stagiaires_thematique", "nb_stagiaires_accompagnes"],
    };

    private int MinCell => sector.Project.Options.Privacy.MinCell;

    private string Mart(string name) => $"read_parquet({Sql.Literal(Path.Combine(sector.Project.MartsExportPath, name + ".parquet"))})";

    [Fact]
    public void No_published_person_count_is_small()
    {
        using var connection = sector.OpenWarehouse();
        foreach (var (mart, columns) in PersonCounts)
        {
            foreach (var column in columns)
            {
                var small = Sql.Scalar(connection, $"SELECT count(*) FROM {Mart(mart)} WHERE {column} BETWEEN 1 AND {MinCell - 1}");
                Assert.True(small == 0, $"{mart}.{column}: {small} value(s) in 1..{MinCell - 1}");
            }
        }
    }

    [Fact]
    public void Suppression_happens_and_is_flagged()
    {
        using var connection = sector.OpenWarehouse();
        var hidden = Sql.Scalar(connection, $"SELECT count(*) FROM {Mart("pub_profil_public")} WHERE nb_stagiaires IS NULL");
        var flagged = Sql.Scalar(connection,
            $"SELECT count(*) FROM {Mart("pub_profil_public")} WHERE nb_stagiaires IS NULL AND is_suppressed AND list_contains(valeurs_masquees, 'nb_stagiaires')");
        Assert.True(hidden > 0, "a quarter-scale sector has small cells to hide");
        Assert.Equal(hidden, flagged);
    }

    [Fact]
    public void No_hidden_profile_count_is_recoverable_by_subtraction()
    {
        using var connection = sector.OpenWarehouse();
        var rows = Sql.Rows(connection, $"""
            SELECT p.annee, p.region, p.type_dispositif, p.dimension, p.modalite, p.nb_stagiaires
            FROM {Mart("pub_profil_public")} AS p
            UNION ALL
            -- each breakdown's total is the 'TOUS' row of its year, region and operator type
            SELECT t.annee, t.region, t.type_dispositif, d.dimension, 'TOUS', t.nb_stagiaires
            FROM {Mart("pub_profil_public")} AS t
            CROSS JOIN (SELECT DISTINCT dimension FROM {Mart("pub_profil_public")} WHERE dimension <> 'TOUS') AS d
            WHERE t.dimension = 'TOUS'
            """);
        var violations = new List<string>();
        foreach (var breakdown in rows.Where(r => (string)r[3]! != "TOUS").GroupBy(r => (string)r[3]!))
        {
            var cells = breakdown.Select(r => new PublishedCell(
                new Dictionary<string, string>
                {
                    ["annee"] = Convert.ToString(r[0], CultureInfo.InvariantCulture)!,
                    ["region"] = (string)r[1]!,
                    ["type_dispositif"] = (string)r[2]!,
                    ["modalite"] = (string)r[4]!,
                },
                r[5] is null ? null : Convert.ToDouble(r[5], CultureInfo.InvariantCulture))).ToList();
            violations.AddRange(AdditiveGroups.Violations(cells, ["region", "modalite"], MinCell).Select(v => $"{breakdown.Key}: {v}"));
        }

        Assert.Empty(violations);
    }
}
