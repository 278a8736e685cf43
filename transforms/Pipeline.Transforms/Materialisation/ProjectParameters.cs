using System.Globalization;
using Pipeline.Core;
using Pipeline.DuckDb;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Materialisation;

/// <summary>
/// The settings of <c>pipeline.yaml</c> that models must obey, readable as <c>projet.parametres</c>
/// (parametre, valeur, source): the disclosure-control thresholds. Rewritten at the start of every run,
/// so changing <c>privacy.min_cell</c> in pipeline.yaml changes what the next build suppresses; a seed
/// could drift from the configuration, this table cannot.
/// </summary>
internal static class ProjectParameters
{
    /// <summary>The schema holding the table (not "pipeline": the warehouse file's catalog is often named so).</summary>
    public const string Schema = "projet";

    /// <summary>The table's name in <see cref="Schema"/>.</summary>
    public const string Table = "parametres";

    /// <summary>True when <paramref name="schema"/>.<paramref name="name"/> is this table.</summary>
    public static bool IsTable(string schema, string name) =>
        string.Equals(schema, Schema, StringComparison.OrdinalIgnoreCase) && string.Equals(name, Table, StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates or replaces <c>projet.parametres</c> from the project's options.</summary>
    public static async Task WriteAsync(DuckDBConnection connection, PipelineProject project, CancellationToken cancellationToken)
    {
        var privacy = project.Options.Privacy;
        (string Name, double Value)[] parameters =
        [
            ("privacy.min_cell", privacy.MinCell),
            ("privacy.min_denominator", privacy.MinDenominator),
            ("privacy.min_operators", privacy.MinOperators),
            ("privacy.max_dominance", privacy.MaxDominance),
        ];
        var rows = string.Join(", ", parameters.Select(p =>
            $"('{p.Name}', {p.Value.ToString("R", CultureInfo.InvariantCulture)}, 'pipeline.yaml {p.Name}')"));
        await Warehouse.ExecuteAsync(connection,
            $"""
            CREATE SCHEMA IF NOT EXISTS {Schema};
            CREATE OR REPLACE TABLE {Schema}.{Table} (parametre VARCHAR, valeur DOUBLE, source VARCHAR);
            INSERT INTO {Schema}.{Table} VALUES {rows};
            """,
            cancellationToken);
    }
}
