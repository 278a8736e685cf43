using System.Diagnostics;
using System.Globalization;
using Pipeline.Core;
using Pipeline.DuckDb;
using Pipeline.Ingestion.Contracts;
using Pipeline.Ingestion.Lake;
using Pipeline.Ingestion.Manifest;
using Pipeline.Ingestion.Privacy;
using Pipeline.Ingestion.Reading;
using Pipeline.Ingestion.Receiving;
using Pipeline.Ingestion.Recognition;
using Pipeline.Ingestion.Reports;
using Pipeline.Ingestion.Validation;

namespace Pipeline.Ingestion.Benchmarks;

/// <summary>
/// A copy of <see cref="FileIngestor"/>'s flow with a stopwatch around each stage, to say where the time of
/// an ingestion goes. It calls the same internal steps in the same order; it is for measuring only and does
/// not handle the file-level outcomes (duplicate, empty, refusal) beyond what timing needs.
/// </summary>
internal sealed class StageProfile
{
    private readonly Dictionary<string, (TimeSpan Time, int Count)> stages = [];

    public IReadOnlyDictionary<string, (TimeSpan Time, int Count)> Stages => stages;

    public TimeSpan Total => stages.Values.Aggregate(TimeSpan.Zero, (t, s) => t + s.Time);

    public async Task RunAsync(PipelineProject project, CancellationToken cancellationToken)
    {
        var catalog = ContractCatalog.Load(project.ContractsPath);
        var files = InboxScanner.Scan(project.InboxPath, TimeSpan.Zero, DateTime.UtcNow);
        Directory.CreateDirectory(Path.GetDirectoryName(project.WarehousePath)!);
        await using var warehouse = new DuckDBConnection(project.WarehouseConnectionString);
        warehouse.Open();
        var manifest = new IngestManifest(warehouse);
        manifest.EnsureCreated();
        await using var work = new DuckDBConnection(project.Options.DuckDb.ToConnectionString(":memory:")
            + $";temp_directory={Path.Combine(project.LakePath, ".tmp", "duckdb")}");
        work.Open();
        ValidationMacros.Create(work);
        var counter = 0;
        foreach (var file in files)
        {
            var (sha, landingPath) = await Time("1 landing copy + sha256", () => Landing.KeepAsync(file, project.LandingPath, cancellationToken));
            Time("2 manifest lookups", () => manifest.AlreadyHandled(file.RelativePath, sha) || manifest.EarlierReceipt(sha) is not null);
            if (file.Length == 0)
            {
                continue;
            }

            var prefix = string.Create(CultureInfo.InvariantCulture, $"p_{++counter}");
            var sources = file.Extension switch
            {
                ".xlsx" => Time("3 load: xlsx", () => XlsxSource.Load(work, file.FullPath, prefix).ToList()),
                ".jsonl" => Time("3 load: json lines", () => new List<SourceTable> { JsonLinesSource.Load(work, file.FullPath, prefix) }),
                _ => [LoadCsv(work, file.FullPath, prefix, Path.Combine(project.LakePath, ".tmp"))],
            };
            var findings = Time("4 privacy scan", () => sources.SelectMany(s => PrivacyGuard.Inspect(work, s)).ToList());
            var tables = new List<TableReport>();
            var unit = 0;
            foreach (var source in sources)
            {
                var unitId = $"{sha[..16]}-{unit++}";
                var lineage = new List<string>
                {
                    $"'{unitId}' AS _unit_id", $"'{sha}' AS _source_sha256", $"'{file.RelativePath.Replace("'", "''", StringComparison.Ordinal)}' AS _source_file",
                    "NULL::VARCHAR AS _source_sheet", "'bench'::VARCHAR AS _contract_version",
                };
                var rowsRead = Time("5 count rows", () => Scalar<long>(work, $"SELECT count(*) FROM {source.TableName}") + source.Rejected.Count);
                var recognition = DatasetRecognizer.Recognise(catalog.Contracts, source.Sheet ?? Path.GetFileNameWithoutExtension(file.FileName), source.Header);
                if (findings.Count > 0 || recognition.Contract is not { } contract || rowsRead == 0)
                {
                    continue;
                }

                var checkedTable = source.TableName + "_checked";
                var sql = Time("6 validation: build SQL", () => ValidationQuery.Build(contract, catalog.CodeLists, source, file.Federation, checkedTable));
                if (Environment.GetEnvironmentVariable("BENCH_DUMP_SQL") is { } dump && !File.Exists(dump))
                {
                    File.WriteAllText(dump, sql);
                }

                Time("6 validation: type and check (SQL)", () => Execute(work, sql));
                Time("7 duplicate keys", () => Execute(work, ValidationQuery.Duplicates(contract, checkedTable)));
                var rowsOk = Time("8 counts and period", () =>
                {
                    _ = Scalar<long?>(work, $"SELECT mode(millesime) FROM {checkedTable} WHERE millesime IS NOT NULL");
                    return Scalar<long>(work, $"SELECT count(*) FROM {checkedTable} WHERE len(_errors) = 0");
                });
                var lake = new LakeWriter(work, project.LakePath);
                Time("9 quarantine parquet", () => lake.WriteQuarantine(contract.Dataset, source, checkedTable, file.Federation, unitId, lineage));
                var problems = Time("10 problem summary", () => ProblemSummary.Summarise(work, checkedTable, source));
                if (rowsOk > 0)
                {
                    Time("11 raw parquet (typed, zstd)", () => lake.WriteValid(contract, checkedTable, file.Federation, unitId, lineage));
                }

                tables.Add(new TableReport(source.Sheet, contract.Dataset, IngestStatus.Ingested, null, rowsRead, rowsOk, rowsRead - rowsOk, source.SkippedTotalsLines, [], problems));
                Time("14 drop work tables", () => Execute(work, $"DROP TABLE IF EXISTS {source.TableName}; DROP TABLE IF EXISTS {checkedTable};"));
            }

            var report = Time("12 report html + xlsx", () => ReportWriter.Write(project.LakePath, new FileReport(file.RelativePath, file.Federation, sha, file.LastWriteUtc, tables)));
            Time("13 manifest record", () =>
            {
                for (var i = 0; i < Math.Max(1, tables.Count); i++)
                {
                    manifest.Record(new ManifestEntry
                    {
                        UnitId = $"{sha[..16]}-{i}", Sha256 = sha, ReceivedPath = file.RelativePath, LandingPath = landingPath, Federation = file.Federation,
                        FileFormat = file.Extension, Status = IngestStatus.Ingested, ReceivedAt = file.LastWriteUtc, ProcessedAt = DateTime.UtcNow, ReportPath = report,
                    });
                }

                return 0;
            });
        }
    }

    /// <summary>CsvSource.Load, split into its steps.</summary>
    private SourceTable LoadCsv(DuckDBConnection work, string path, string table, string scratch)
    {
        var shape = Time("3 load csv: shape pass (.NET)", () => TextFileShape.Read(path));
        if (!shape.IsUtf8)
        {
            // Transcoding is rare and small; keep the production path for it.
            return Time("3 load csv: windows-1252 (whole CsvSource)", () => CsvSource.Load(work, path, table, scratch));
        }

        var header = shape.SplitHeader();
        var columns = "{" + string.Join(", ", header.Select((_, i) => $"'{SourceTable.ColumnName(i)}': 'VARCHAR'")) + "}";
        var delimiter = shape.Delimiter == '\t' ? "\\t" : shape.Delimiter.ToString();
        Time("3 load csv: read_csv into text table", () => Execute(work, $"""
            CREATE TABLE {table}_rows AS
            SELECT row_number() OVER () - 1 AS _k, *
            FROM read_csv('{path}', delim = '{delimiter}', quote = '"', escape = '"', header = false, skip = 1,
                auto_detect = false, columns = {columns}, ignore_errors = true, store_rejects = true, strict_mode = true,
                rejects_table = '{table}_rejects', rejects_scan = '{table}_scan');
            """));
        var rejected = Time("3 load csv: rejects", () => Query(work, $"SELECT line, coalesce(trim(csv_line, E'\\r\\n'), ''), error_type FROM {table}_rejects ORDER BY line",
            r => new RejectedLine(r.GetInt64(0), r.GetString(1), r.GetString(2))));
        var map = Time("3 load csv: line map", () => LineMap.Build(shape, rejected.Select(r => r.Line).ToList()));
        var selectColumns = string.Join(", ", header.Select((_, i) => "r." + SourceTable.ColumnName(i)));
        Time("3 load csv: line numbers (ASOF join)", () => Execute(work, $"""
            CREATE TABLE {table}_map (k BIGINT, delta BIGINT);
            INSERT INTO {table}_map VALUES {LineMap.ToValues(map)};
            CREATE TABLE {table} AS
            SELECT r._k + m.delta AS _line, NULL::VARCHAR AS _extra, {selectColumns}
            FROM {table}_rows r ASOF JOIN {table}_map m ON r._k >= m.k;
            DROP TABLE {table}_rows; DROP TABLE {table}_map;
            """));
        var totals = Time("3 load csv: totals line", () => TotalsLine.Remove(work, table));
        return new SourceTable(table, header, null, rejected, totals);
    }

    private T Time<T>(string stage, Func<T> action)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        Add(stage, watch.Elapsed);
        return result;
    }

    private async Task<T> Time<T>(string stage, Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var result = await action();
        Add(stage, watch.Elapsed);
        return result;
    }

    private void Add(string stage, TimeSpan elapsed)
    {
        var (time, count) = stages.GetValueOrDefault(stage);
        stages[stage] = (time + elapsed, count + 1);
    }

    private static int Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static T Scalar<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static List<T> Query<T>(DuckDBConnection connection, string sql, Func<System.Data.Common.DbDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
