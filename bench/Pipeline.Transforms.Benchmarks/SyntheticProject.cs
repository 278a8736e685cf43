using System.Globalization;
using System.Text;
using Pipeline.DuckDb;

namespace Pipeline.Transforms.Benchmarks;

/// <summary>
/// Writes the benchmark's project in a temp folder: pipeline.yaml, three seeds, the 30 models and a lake
/// of two datasets — <c>parcours</c> (<paramref name="rows"/> synthetic trainee paths made in DuckDB with
/// range(), Hive-partitioned by federation) and <c>operateurs</c> (400 rows).
/// </summary>
internal sealed class SyntheticProject(string root, long rows) : IDisposable
{
    public string Root { get; } = root;

    public string Warehouse => Path.Combine(Root, "warehouse", "bench.duckdb");

    public string ConnectionString => $"Data Source={Warehouse};threads=2;memory_limit=8GB";

    public static async Task<SyntheticProject> CreateAsync(long rows)
    {
        var project = new SyntheticProject(Path.Combine(Path.GetTempPath(), "pipeline-transforms-bench-" + Guid.NewGuid().ToString("N")), rows);
        await project.WriteAsync();
        return project;
    }

    /// <summary>The same models as one plain script: raw views, seeds, then CREATE OR REPLACE … in dependency order.</summary>
    public string PlainScript()
    {
        var script = new StringBuilder();
        script.AppendLine("CREATE SCHEMA IF NOT EXISTS raw;");
        foreach (var dataset in new[] { "parcours", "operateurs" })
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"CREATE OR REPLACE VIEW raw.{dataset} AS SELECT * FROM read_parquet('{Path.Combine(Root, "lake", "raw", dataset)}/**/*.parquet', hive_partitioning = true, union_by_name = true);");
        }

        foreach (var seed in new[] { "code_sortie", "code_filiere", "code_niveau" })
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"CREATE OR REPLACE TABLE {seed} AS SELECT * FROM read_csv('{Path.Combine(Root, "transforms", "seeds", seed + ".csv")}', header = true, auto_detect = true, sample_size = -1);");
        }

        foreach (var model in SectorModels.All)
        {
            var kind = model.Materialized == "view" ? "VIEW" : "TABLE";
            script.AppendLine(CultureInfo.InvariantCulture, $"CREATE OR REPLACE {kind} {model.Name} AS\n{model.Sql};");
            if (model.Materialized == "parquet")
            {
                script.AppendLine(CultureInfo.InvariantCulture, $"COPY {model.Name} TO '{Path.Combine(Root, "lake", "marts-script", model.Name + ".parquet")}' (FORMAT parquet, COMPRESSION zstd);");
            }
        }

        return script.ToString();
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private async Task WriteAsync()
    {
        Write("pipeline.yaml", """
            name: bench
            warehouse: warehouse/bench.duckdb
            duckdb: { threads: 2, memory_limit: 8GB }
            transforms:
              model_paths: [transforms, marts]
              seed_paths: [transforms/seeds]
              test_paths: [marts/tests]
              threads: 1
            """);
        Write("transforms/seeds/code_sortie.csv", "code,libelle,positive\nemploi,Emploi,true\nformation,Formation qualifiante,true\nabandon,Abandon,false\nchomage,Chômage,false\ninactif,Inactivité,false\nautre,Autre,false\n");
        Write("transforms/seeds/code_filiere.csv", "code,libelle\nAFP,Formation professionnelle\nEFT,Formation par le travail\nDEFI,Détermination\nALPHA,Alphabétisation\nFLE,Français langue étrangère\nORIENT,Orientation\nQUALIF,Qualifiante\nSIS,Insertion sociale\n");
        Write("transforms/seeds/code_niveau.csv", "code,libelle,rang\nP,Primaire,1\nS1,Secondaire inférieur,2\nS2,Secondaire supérieur,3\nS3,Secondaire complet,4\nSUP,Supérieur,5\n");
        Write("transforms/intermediate/_defaults.yml", "config:\n  materialized: table\n");
        var parquet = SectorModels.All.Where(m => m.Materialized == "parquet").Select(m => $"  - name: {m.Name}\n    config:\n      materialized: parquet\n");
        Write("marts/_exports.yml", "version: 2\nmodels:\n" + string.Concat(parquet));
        foreach (var model in SectorModels.All)
        {
            Write($"{model.Folder}/{model.Name}.sql", model.Sql + "\n");
        }

        await WriteLakeAsync();
    }

    private async Task WriteLakeAsync()
    {
        var raw = Path.Combine(Root, "lake", "raw");
        Directory.CreateDirectory(Path.Combine(raw, "operateurs"));
        await using var connection = new DuckDBConnection("Data Source=:memory:;threads=2");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            COPY (
                SELECT range AS parcours_id,
                       ['UNESSA', 'ALEAP', 'CAIPS', 'LEE', 'AID', 'FEBISP'][1 + range % 6] AS federation,
                       (1 + hash(range) % 400)::INTEGER AS operateur_id,
                       (2017 + range % 8)::INTEGER AS annee,
                       ['AFP', 'EFT', 'DEFI', 'ALPHA', 'FLE', 'ORIENT', 'QUALIF', 'SIS'][(1 + hash(range * 7) % 8)::INTEGER] AS filiere_code,
                       CASE WHEN range % 11 = 0 THEN NULL
                            ELSE ['emploi', 'formation', 'abandon', 'chomage', 'inactif', 'autre'][(1 + hash(range * 13) % 6)::INTEGER] END AS sortie_code,
                       (100 + hash(range * 3) % 900)::INTEGER AS heures_prevues,
                       ((100 + hash(range * 3) % 900) * (50 + hash(range * 5) % 51) // 100)::INTEGER AS heures_realisees,
                       (18 + hash(range * 17) % 48)::INTEGER AS age,
                       ['F', 'M', 'X'][(1 + hash(range * 19) % 3)::INTEGER] AS genre,
                       ['P', 'S1', 'S2', 'S3', 'SUP'][(1 + hash(range * 23) % 5)::INTEGER] AS niveau_etudes,
                       hash(range * 29) % 4 = 0 AS accompagnement_psy,
                       DATE '2017-01-01' + (range % 2900)::INTEGER AS date_entree
                FROM range({rows})
            ) TO '{raw}/parcours' (FORMAT parquet, PARTITION_BY (federation), OVERWRITE_OR_IGNORE);
            COPY (
                SELECT range::INTEGER + 1 AS operateur_id,
                       CASE WHEN range % 4 = 0 THEN 'BRU' ELSE 'WAL' END AS region,
                       ['BXL', 'HAI', 'LIE', 'LUX', 'NAM', 'BRW'][1 + range % 6] AS province,
                       ['petit', 'moyen', 'grand'][1 + range % 3] AS taille
                FROM range(400)
            ) TO '{raw}/operateurs/operateurs.parquet' (FORMAT parquet);
            """);
        await command.ExecuteNonQueryAsync();
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
