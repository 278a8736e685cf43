using System.Globalization;
using System.Text;
using Pipeline.Core;
using Pipeline.Transforms.Graph;

namespace Pipeline.Marts.Benchmarks;

/// <summary>
/// The same build as DuckDB alone would run it: one multi-statement script creating the raw views, the
/// parameters table, the seeds, then every model in the engine's dependency order (CREATE VIEW|TABLE …
/// AS, plus COPY … TO for the Parquet ones). No tests, no transactions, no artifacts.
/// </summary>
internal static class PlainScript
{
    public static string For(TransformGraph graph, PipelineProject project, string exportFolder) =>
        string.Concat(Steps(graph, project, exportFolder).Select(s => s.Sql));

    /// <summary>The script cut into its steps: the setup (raw views, parameters), then one per seed or model.</summary>
    public static IReadOnlyList<(string Name, string Sql)> Steps(TransformGraph graph, PipelineProject project, string exportFolder)
    {
        var steps = new List<(string Name, string Sql)>();
        var script = new StringBuilder("CREATE SCHEMA IF NOT EXISTS raw;\n");
        foreach (var dataset in Directory.GetDirectories(project.RawPath).Select(Path.GetFileName))
        {
            script.Append(CultureInfo.InvariantCulture,
                $"CREATE OR REPLACE VIEW raw.{dataset} AS SELECT * FROM read_parquet('{Path.Combine(project.RawPath, dataset!)}/**/*.parquet', hive_partitioning = true, union_by_name = true);\n");
        }

        var privacy = project.Options.Privacy;
        script.Append(CultureInfo.InvariantCulture, $"""
            CREATE SCHEMA IF NOT EXISTS projet;
            CREATE OR REPLACE TABLE projet.parametres AS SELECT * FROM (VALUES
                ('privacy.min_cell', {privacy.MinCell}.0, ''), ('privacy.min_denominator', {privacy.MinDenominator}.0, ''),
                ('privacy.min_operators', {privacy.MinOperators}.0, ''), ('privacy.max_dominance', {privacy.MaxDominance}, '')
            ) AS t(parametre, valeur, source);

            """);
        Directory.CreateDirectory(exportFolder);
        steps.Add(("(raw views, parameters)", script.ToString()));
        foreach (var node in graph.Nodes)
        {
            script.Clear();
            if (node.Kind == NodeKind.Seed)
            {
                var types = node.ColumnTypes.Count == 0 ? "" : ", types = {" + string.Join(", ",
                    node.ColumnTypes.Select(p => $"'{p.Key}': '{p.Value}'")) + "}";
                script.Append(CultureInfo.InvariantCulture,
                    $"CREATE OR REPLACE TABLE {node.Name} AS SELECT * FROM read_csv('{node.FilePath}', header = true, auto_detect = true, sample_size = -1{types});\n");
                steps.Add((node.Name, script.ToString()));
                continue;
            }

            var kind = node.Materialization == Materialization.View ? "VIEW" : "TABLE";
            script.Append(CultureInfo.InvariantCulture, $"CREATE OR REPLACE {kind} {node.Name} AS\n{node.Sql.TrimEnd().TrimEnd(';')}\n;\n");
            if (node.Materialization == Materialization.Parquet)
            {
                script.Append(CultureInfo.InvariantCulture,
                    $"COPY {node.Name} TO '{Path.Combine(exportFolder, node.Name + ".parquet")}' (FORMAT parquet, COMPRESSION zstd);\n");
            }

            steps.Add((node.Name, script.ToString()));
        }

        return steps;
    }
}
