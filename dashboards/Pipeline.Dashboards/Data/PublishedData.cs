using Pipeline.Core;
using Pipeline.Dashboards.Pages;
using Pipeline.DuckDb;

namespace Pipeline.Dashboards.Data;

/// <summary>
/// What pages may read: the published marts (<c>lake/marts/pub_*.parquet</c>, already through disclosure
/// control) loaded into a private in-memory DuckDB, after which external access is switched off. A
/// page query naming anything else (a mart_* table, the warehouse, a file through read_parquet) fails:
/// the unsuppressed data is not merely avoided, it is out of reach.
/// </summary>
public sealed class PublishedData : IDisposable
{
    private readonly DuckDBConnection connection;

    private PublishedData(DuckDBConnection connection, IReadOnlyList<string> tables)
    {
        this.connection = connection;
        Tables = tables;
    }

    /// <summary>The published tables loaded.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Loads every <c>pub_*.parquet</c> of <paramref name="martsFolder"/>.</summary>
    public static PublishedData Open(string martsFolder)
    {
        var files = Directory.Exists(martsFolder)
            ? Directory.GetFiles(martsFolder, "pub_*.parquet").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            throw new PipelineException(
                $"Aucun mart publié dans {martsFolder} : lancez d'abord « pipeline build » (les tables pub_* y sont exportées).");
        }

        var connection = new DuckDBConnection("Data Source=:memory:;threads=2");
        connection.Open();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            foreach (var file in files)
            {
                var table = Path.GetFileNameWithoutExtension(file);
                command.CommandText = $"CREATE TABLE \"{table}\" AS SELECT * FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')";
                command.ExecuteNonQuery();
                tables.Add(table);
            }

            command.CommandText = "SET enable_external_access = false; SET lock_configuration = true;";
            command.ExecuteNonQuery();
        }

        return new PublishedData(connection, tables);
    }

    /// <summary>Runs a page query; a failure names the page, the query and DuckDB's reason.</summary>
    public QueryResult Run(Page page, PageQuery query)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = query.Sql;
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return new QueryResult(query.Name, columns, rows);
        }
        catch (DuckDBException e)
        {
            throw new PageException(page.SourcePath, query.Line,
                $"la requête « {query.Name} » a échoué : {e.Message.Split('\n')[0]} Les pages ne lisent que les marts publiés : {string.Join(", ", Tables)}.");
        }
    }

    /// <summary>The date the published figures rest on (latest reception among current files), if published.</summary>
    public DateTime? AsOf()
    {
        if (!Tables.Contains("pub_fraicheur_federations"))
        {
            return null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(date_donnees) FROM pub_fraicheur_federations";
        return command.ExecuteScalar() as DateTime?;
    }

    public void Dispose() => connection.Dispose();
}
