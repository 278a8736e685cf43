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
        var periods = Sql.Query(work, $"SELECT DISTINCT millesime FROM {checkedTable} WHERE len(_errors) = 0 ORDER BY 1", r => r.GetInt64(0));
        return periods.Select(period => Copy(
            LakeRows(contract, $"{checkedTable} WHERE len(_errors) = 0 AND millesime = {period.ToString(CultureInfo.InvariantCulture)}", lineage),
            PeriodFolder(contract, federation, period), unitId)).ToList();
    }

    /// <summary>
    /// Streams the rows of <paramref name="validRows"/> (typed, with <c>_line</c>) into one Parquet file under
    /// lake/.tmp, in the lake's layout, without a checked table; <see cref="PlaceStaged"/> moves it into the lake
    /// once the file is known to be wholly valid. A query stopped by an invalid row leaves no file.
    /// </summary>
    public string StageValid(DataContract contract, string validRows, string unitId, IReadOnlyList<string> lineage)
    {
        var temporary = TemporaryFile(unitId);
        try
        {
            Sql.Execute(work, $"COPY ({LakeRows(contract, $"({validRows})", lineage)}) TO {Sql.Literal(temporary)} (FORMAT parquet, COMPRESSION zstd)");
            return temporary;
        }
        catch
        {
            // A statement stopped by an invalid row may leave the start of the file behind.
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Moves a staged file into raw/, split by period when it holds more than one (rare: a file is a year).</summary>
    public IReadOnlyList<string> PlaceStaged(DataContract contract, string staged, string federation, string unitId)
    {
        var periods = Sql.Query(work, $"SELECT DISTINCT millesime FROM read_parquet({Sql.Literal(staged)}) ORDER BY 1", r => r.GetInt64(0));
        if (periods.Count == 1)
        {
            var folder = Directory.CreateDirectory(PeriodFolder(contract, federation, periods[0])).FullName;
            var final = Path.Combine(folder, unitId + ".parquet");
            File.Move(staged, final, overwrite: true);
            return [final];
        }

        var written = periods.Select(period => Copy(
            $"SELECT * FROM read_parquet({Sql.Literal(staged)}) WHERE millesime = {period.ToString(CultureInfo.InvariantCulture)}",
            PeriodFolder(contract, federation, period), unitId)).ToList();
        File.Delete(staged);
        return written;
    }

    private static string LakeRows(DataContract contract, string from, IReadOnlyList<string> lineage) =>
        $"SELECT {string.Join(", ", contract.Columns.Select(c => Sql.Identifier(c.Name)))}, {string.Join(", ", lineage)}, _line AS _source_line FROM {from}";

    private string PeriodFolder(DataContract contract, string federation, long period) =>
        Path.Combine(lakePath, "raw", contract.Dataset, $"federation={federation}", string.Create(CultureInfo.InvariantCulture, $"annee={period}"));

    /// <summary>
    /// Writes the table's invalid and malformed rows; the caller knows some row was quarantined (counting them again
    /// here would join the source to the checked table a second time).
    /// </summary>
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
        if (query is null)
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
        Directory.CreateDirectory(folder);
        var temporary = TemporaryFile(unitId);
        Sql.Execute(work, $"COPY ({query}) TO {Sql.Literal(temporary)} (FORMAT parquet, COMPRESSION zstd)");
        var final = Path.Combine(folder, unitId + ".parquet");
        File.Move(temporary, final, overwrite: true);
        return final;
    }

    private string TemporaryFile(string unitId)
    {
        Directory.CreateDirectory(TemporaryFolder);
        return Path.Combine(TemporaryFolder, $"{unitId}-{Guid.NewGuid():N}.parquet");
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
