using System.Globalization;
using Pipeline.DuckDb;
using Pipeline.Ingestion.Contracts;
using Pipeline.Ingestion.Reading;

namespace Pipeline.Ingestion.Lake;

/// <summary>
/// Writes a validated table to the lake: valid rows to raw/&lt;dataset&gt;/federation=&lt;F&gt;/annee=&lt;Y&gt;/,
/// typed, zstd-compressed, with lineage columns; invalid and malformed rows to quarantine/ with their
/// problems. Each Parquet file is written under lake/.tmp and renamed into place, so a crash never leaves a
/// partial file where readers look; the name is the table's id, so a re-run after a crash overwrites it.
/// </summary>
internal sealed class LakeWriter(DuckDBConnection work, string lakePath)
{
    private string TemporaryFolder => Path.Combine(lakePath, ".tmp");

    public IReadOnlyList<string> WriteValid(DataContract contract, string checkedTable, string federation, string unitId, IReadOnlyList<string> lineage)
    {
        var columns = string.Join(", ", contract.Columns.Select(c => Sql.Identifier(c.Name)));
        var periods = Sql.Query(work, $"SELECT DISTINCT millesime FROM {checkedTable} WHERE len(_errors) = 0 ORDER BY 1", r => r.GetInt64(0));
        var written = new List<string>();
        foreach (var period in periods)
        {
            var folder = Path.Combine(lakePath, "raw", contract.Dataset, $"federation={federation}",
                string.Create(CultureInfo.InvariantCulture, $"annee={period}"));
            written.Add(Copy(
                $"""
                SELECT {columns}, {string.Join(", ", lineage)}, _line AS _source_line
                FROM {checkedTable} WHERE len(_errors) = 0 AND millesime = {period.ToString(CultureInfo.InvariantCulture)}
                """,
                folder, unitId));
        }

        return written;
    }

    public string? WriteQuarantine(string? dataset, SourceTable source, string? checkedTable, string federation, string unitId, IReadOnlyList<string> lineage)
    {
        var names = SafeNames(source.Header);
        var rawColumns = string.Join(", ", names.Select((n, i) => $"s.{SourceTable.ColumnName(i)} AS {Sql.Identifier(n)}"));
        var invalid = checkedTable is null
            ? null
            : $"SELECT s._line AS ligne, c._errors AS problemes{(names.Count > 0 ? ", " + rawColumns : string.Empty)} FROM {source.TableName} s JOIN {checkedTable} c USING (_line) WHERE len(c._errors) > 0";
        var rejected = source.Rejected.Count == 0
            ? null
            : string.Join(" UNION ALL ", source.Rejected.Select(r =>
                $"SELECT {r.Line.ToString(CultureInfo.InvariantCulture)} AS ligne, [{{'colonne': NULL::VARCHAR, 'valeur': {Sql.Literal(r.Content)}::VARCHAR, 'regle': 'ligne_malformee'}}] AS problemes"));
        var query = (invalid, rejected) switch
        {
            (null, null) => null,
            (not null, null) => invalid,
            (null, not null) => rejected,
            _ => $"{invalid} UNION ALL BY NAME SELECT * FROM ({rejected})",
        };
        if (query is null || (invalid is not null && rejected is null && Sql.Scalar<long>(work, $"SELECT count(*) FROM ({invalid})") == 0))
        {
            return null;
        }

        var folder = Path.Combine(lakePath, "quarantine", dataset ?? "_non_reconnu", $"federation={federation}");
        return Copy($"SELECT *, {string.Join(", ", lineage)} FROM ({query}) ORDER BY ligne", folder, unitId);
    }

    /// <summary>A table no contract matches: all its rows, as received, with the reason.</summary>
    public string WriteUnrecognised(SourceTable source, string federation, string unitId, IReadOnlyList<string> lineage)
    {
        var names = SafeNames(source.Header);
        var rawColumns = string.Join(", ", names.Select((n, i) => $"{SourceTable.ColumnName(i)} AS {Sql.Identifier(n)}"));
        var folder = Path.Combine(lakePath, "quarantine", "_non_reconnu", $"federation={federation}");
        return Copy(
            $"SELECT _line AS ligne, [{{'colonne': NULL::VARCHAR, 'valeur': NULL::VARCHAR, 'regle': 'fichier_non_reconnu'}}] AS problemes, {rawColumns}, {string.Join(", ", lineage)} FROM {source.TableName} ORDER BY _line",
            folder, unitId);
    }

    private string Copy(string query, string folder, string unitId)
    {
        Directory.CreateDirectory(TemporaryFolder);
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(TemporaryFolder, $"{unitId}-{Guid.NewGuid():N}.parquet");
        Sql.Execute(work, $"COPY ({query}) TO {Sql.Literal(temporary)} (FORMAT parquet, COMPRESSION zstd)");
        var final = Path.Combine(folder, unitId + ".parquet");
        File.Move(temporary, final, overwrite: true);
        return final;
    }

    /// <summary>Header names as column names: normalised, unique, never empty.</summary>
    private static List<string> SafeNames(IReadOnlyList<string> header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "ligne", "problemes" };
        return header.Select((h, i) =>
        {
            var name = HeaderName.Normalise(h);
            return string.IsNullOrEmpty(name) || !seen.Add(name) ? SourceTable.ColumnName(i) : name;
        }).ToList();
    }
}
