using Pipeline.Transforms.Results;

namespace Pipeline.Marts.Tests;

/// <summary>The whole project builds on generated data, every test passing, every published mart exported.</summary>
[Collection(SectorWarehouseCollection.Name)]
public sealed class BuildTests(SectorWarehouse sector)
{
    private static readonly string[] PublishedMarts =
    [
        "pub_penurie_stagiaires", "pub_penurie_recrutement_mois", "pub_accompagnement", "pub_accompagnement_thematique",
        "pub_sorties", "pub_profil_public", "pub_ressources", "pub_fiches_memorandum", "pub_qualite_fichiers",
        "pub_fraicheur_federations",
    ];

    [Fact]
    public void Every_model_builds_and_no_error_test_fails()
    {
        var failures = sector.Build.Results.Where(r => r.IsFailure).Select(r => $"{r.Name}: {r.Message}").ToList();
        Assert.Empty(failures);
        Assert.Empty(sector.Build.Results.Where(r => r.Status == NodeStatus.Skipped).Select(r => r.Name));
        Assert.True(sector.Build.Count(NodeStatus.Pass) > 200, "the schema and singular tests ran");
    }

    [Fact]
    public void Only_the_published_marts_leave_the_warehouse_and_each_carries_the_common_columns()
    {
        var exported = Directory.GetFiles(sector.Project.MartsExportPath, "*.parquet").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(PublishedMarts.Order(), exported);

        using var connection = sector.OpenWarehouse();
        foreach (var mart in PublishedMarts)
        {
            var path = Sql.Literal(Path.Combine(sector.Project.MartsExportPath, mart + ".parquet"));
            var columns = Sql.Rows(connection, $"SELECT name FROM parquet_schema({path})").Select(r => (string)r[0]!).ToHashSet();
            Assert.True(columns.IsSupersetOf(["is_suppressed", "valeurs_masquees", "n_operateurs", "source_federations"]),
                $"{mart} lacks a common column: {string.Join(", ", columns)}");
            Assert.True(Sql.Scalar(connection, $"SELECT count(*) FROM read_parquet({path})") > 0, $"{mart} is empty");
        }
    }

    [Fact]
    public void Privacy_thresholds_come_from_pipeline_yaml()
    {
        using var connection = sector.OpenWarehouse();
        Assert.Equal(sector.Project.Options.Privacy.MinCell,
            Sql.Scalar(connection, "SELECT valeur FROM pipeline_parametres WHERE parametre = 'privacy.min_cell'"));
        Assert.Equal(sector.Project.Options.Privacy.MinOperators,
            Sql.Scalar(connection, "SELECT valeur FROM pipeline_parametres WHERE parametre = 'privacy.min_operators'"));
    }
}
