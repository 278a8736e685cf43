using System.Diagnostics;
using Pipeline.DuckDb;
using Pipeline.Ingestion.Contracts;
using Pipeline.Ingestion.Lake;
using Pipeline.Ingestion.Privacy;
using Pipeline.Ingestion.Reading;
using Pipeline.Ingestion.Receiving;
using Pipeline.Ingestion.Recognition;
using Pipeline.Ingestion.Validation;

namespace Pipeline.Ingestion;

/// <summary>
/// The fast path for a large CSV file that turns out wholly valid, the usual case for a federation's yearly
/// extract: its records are numbered in one .NET pass (<see cref="NumberedCsv"/>), then DuckDB reads, types,
/// checks and writes them to Parquet in one streamed statement, with no text table (materialising that table
/// cost as much as DuckDB's whole COPY of the file). The Parquet is staged under lake/.tmp and moved into raw/
/// only when every record came out valid and no key repeats.
/// <para>
/// Whenever a file needs more (a column that could identify someone, a totals line, a line DuckDB cannot
/// split, an invalid row, a repeated key, no contract), this path gives up, leaving nothing behind, and
/// the file goes through the full path, which quarantines, explains and refuses row by row. Both paths share
/// the contract's SQL (<see cref="ValidationQuery"/>), so a row is valid in one exactly when in the other.
/// </para>
/// </summary>
internal sealed class StreamedCsvIngestion(DuckDBConnection work, ContractCatalog catalog, IngestionContext context)
{
    /// <summary>Ingests the file if it is wholly valid; null when it must take the full path.</summary>
    public StreamedTable? TryIngest(ReceivedFile file, string unitId, Func<DataContract, IReadOnlyList<string>> lineage, string view)
    {
        var watch = Stopwatch.StartNew();
        StreamedTable? table;
        try
        {
            table = Attempt(file, unitId, lineage, view);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
        {
            // A file the shape pass cannot read: the full path reads it again and reports why, as it always has.
            table = null;
        }

        context.Timings.Add(table is null ? IngestionTimings.StreamedCsvAbandoned : IngestionTimings.StreamedCsv, watch.Elapsed);
        return table;
    }

    private StreamedTable? Attempt(ReceivedFile file, string unitId, Func<DataContract, IReadOnlyList<string>> lineage, string view)
    {
        // The encoding, delimiter and header, from the start of the file: the numbering pass counts the records,
        // and a byte further on that is not UTF-8 stops DuckDB's strict reading, which sends the file to the full path.
        var shape = TextFileShape.Read(file.FullPath, HeadBytes);
        var header = shape.SplitHeader();
        var recognition = DatasetRecognizer.Recognise(catalog.Contracts, Path.GetFileNameWithoutExtension(file.FileName), header);
        if (recognition.Contract is not { } contract || PrivacyGuard.IdentifyingColumns(header).Count > 0)
        {
            return null;
        }

        using var numbered = NumberedCsv.Write(file.FullPath, shape, Path.Combine(context.Project.LakePath, ".tmp"));
        if (numbered.Records == 0 || numbered.SuspectColumns.Count > 0 || TotalsLine.IsLabel(numbered.LastRecordFirstField))
        {
            return null;
        }

        var source = new SourceTable(view, header, null, [], 0)
        {
            ColumnsWithoutSpaces = Enumerable.Range(0, header.Count).Where(c => !numbered.SpacedColumns.Contains(c)).ToHashSet(),
        };
        var lake = new LakeWriter(work, context.Project.LakePath);
        string? staged = null;
        try
        {
            Sql.Execute(work, $"CREATE VIEW {view} AS {Read(numbered, shape.Delimiter, header.Count)}");
            staged = lake.StageValid(contract, ValidationQuery.ValidRowsOrFail(contract, catalog.CodeLists, source, file.Federation), unitId, lineage(contract));
            var parquet = $"read_parquet({Sql.Literal(staged)})";
            var (rows, period) = Sql.Query(work, $"SELECT count(*), mode(millesime) FROM {parquet}",
                r => (r.GetInt64(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1))).Single();
            if (rows != numbered.Records || Sql.Scalar<long>(work, ValidationQuery.RepeatedKeyCount(contract, parquet)) > 0)
            {
                return null;
            }

            lake.PlaceStaged(contract, staged, file.Federation, unitId);
            staged = null;
            return new StreamedTable(contract, header, rows, period);
        }
        catch (DuckDBException)
        {
            // A row that breaks a rule, or a record DuckDB cannot split into the header's columns: the full path
            // quarantines that line with its number and explains.
            return null;
        }
        finally
        {
            Sql.Execute(work, $"DROP VIEW IF EXISTS {view}");
            if (staged is not null)
            {
                File.Delete(staged);
            }
        }
    }

    private const int HeadBytes = 1 << 20;

    // Strict reading, errors not ignored: any line that does not split exactly into the header's columns stops
    // the statement, and the file goes through the full path.
    private static string Read(NumberedCsv numbered, char delimiter, int columns)
    {
        var names = string.Join(", ", Enumerable.Range(0, columns).Select(SourceTable.ColumnName));
        var types = "{'_line': 'BIGINT', " + string.Join(", ", Enumerable.Range(0, columns).Select(i => $"'{SourceTable.ColumnName(i)}': 'VARCHAR'")) + "}";
        var delim = delimiter == '\t' ? "\\t" : delimiter.ToString();
        return $"""
            SELECT _line, NULL::VARCHAR AS _extra, {names}
            FROM read_csv({Sql.Literal(numbered.Path)}, delim = '{delim}', quote = '"', escape = '"', header = false,
                auto_detect = false, columns = {types}, strict_mode = true)
            """;
    }
}

/// <summary>What the fast path wrote: the contract, the header as received, the rows (all valid) and the period most rows give.</summary>
internal sealed record StreamedTable(DataContract Contract, IReadOnlyList<string> Header, long Rows, long? Period);
