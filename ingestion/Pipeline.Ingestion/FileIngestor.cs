using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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

namespace Pipeline.Ingestion;

/// <summary>
/// Ingests one received file: keeps it in landing, skips it if these bytes were already handled, loads each
/// of its tables as text, refuses the whole file if any table identifies people, then recognises, validates
/// and writes each table, records the manifest and writes the federation's validation report.
/// </summary>
internal sealed class FileIngestor(DuckDBConnection work, IngestManifest manifest, ContractCatalog catalog, IngestionContext context)
{
    private int tableCounter;

    public async Task<FileOutcome> IngestAsync(ReceivedFile file, CancellationToken cancellationToken)
    {
        var clock = context.Timings;
        var (sha, landingPath) = await clock.MeasureAsync("1 réception (copie, sha256)", () => Landing.KeepAsync(file, context.Project.LandingPath, cancellationToken));
        if (clock.Measure("2 manifeste", () => manifest.AlreadyHandled(file.RelativePath, sha)))
        {
            return new FileOutcome(file, sha, [], Skipped: true);
        }

        var entry = new ManifestEntry
        {
            UnitId = sha[..16],
            Sha256 = sha,
            ReceivedPath = file.RelativePath,
            LandingPath = Path.GetRelativePath(context.Project.LakePath, landingPath),
            Federation = file.Federation,
            FileFormat = file.Extension.TrimStart('.'),
            Status = IngestStatus.Error,
            ReceivedAt = file.LastWriteUtc,
            ProcessedAt = context.Now(),
        };
        var tables = clock.Measure("2 manifeste", () => Single(entry, file, sha));
        if (tables is null && IsText(file) && file.Length >= context.StreamedCsvMinimumBytes)
        {
            tables = Streamed(file, entry);
        }

        if (tables is null)
        {
            List<SourceTable> sources = [];
            try
            {
                sources = clock.Measure("3 lecture", () => Load(file));
                tables = Process(file, sources, entry, cancellationToken);
            }
            catch (Exception e) when (e is DuckDBException or IOException or InvalidDataException or FormatException
                                      or ExcelDataReader.Exceptions.ExcelReaderException)
            {
                tables = [(entry with { Reason = $"lecture impossible : {e.Message}" }, Report(entry with { Reason = e.Message }, null, null, []))];
            }
            finally
            {
                foreach (var source in sources)
                {
                    clock.Measure("9 nettoyage", () => Sql.Execute(work, $"{source.DropStatement} DROP TABLE IF EXISTS {source.TableName}_checked;"));
                }
            }
        }

        var reportPath = clock.Measure("8 rapport", () => ReportWriter.Write(context.Project.LakePath, new FileReport(file.RelativePath, file.Federation, sha, file.LastWriteUtc,
            tables.Select(t => t.Report).ToList())));
        var reportRelativePath = Path.GetRelativePath(context.Project.LakePath, reportPath);
        clock.Measure("2 manifeste", () => manifest.Record([.. tables.Select(t => t.Entry with { ReportPath = reportRelativePath, ProcessedAt = context.Now() })]));

        return new FileOutcome(file, sha, tables.Select(t => t.Entry).ToList(), Skipped: false);
    }

    /// <summary>The outcomes decided without reading the content: a duplicate, an empty file, an unknown federation.</summary>
    private List<(ManifestEntry Entry, TableReport Report)>? Single(ManifestEntry entry, ReceivedFile file, string sha)
    {
        ManifestEntry? decided = null;
        if (manifest.EarlierReceipt(sha) is { } earlier)
        {
            decided = entry with
            {
                UnitId = $"{sha[..16]}-dup-{ShortHash(file.RelativePath)}",
                Status = IngestStatus.Duplicate,
                Reason = $"Contenu identique, octet pour octet, au fichier déjà reçu {earlier} : rien n'est réécrit.",
            };
        }
        else if (file.Length == 0)
        {
            decided = entry with { Status = IngestStatus.Empty, Reason = "Le fichier est vide (0 octet). Renvoyez l'export complet." };
        }
        else if (!context.Federations.Contains(file.Federation))
        {
            decided = entry with
            {
                Status = IngestStatus.Unrecognised,
                Reason = $"Le dossier « {file.Federation} » n'est pas une fédération de pipeline.yaml ({string.Join(", ", context.Federations)}).",
            };
        }

        return decided is null ? null : [(decided, Report(decided, null, null, []))];
    }

    private static bool IsText(ReceivedFile file) => file.Extension is not (".xlsx" or ".xlsm" or ".jsonl" or ".ndjson" or ".json");

    /// <summary>A large text file that is wholly valid, ingested in one streamed pass; null when it needs the full path.</summary>
    private List<(ManifestEntry Entry, TableReport Report)>? Streamed(ReceivedFile file, ManifestEntry entry)
    {
        var view = string.Create(CultureInfo.InvariantCulture, $"src_{++tableCounter}");
        var streamed = new StreamedCsvIngestion(work, catalog, context).TryIngest(file, entry.UnitId, c => Lineage(entry, c.Version), view);
        if (streamed is null)
        {
            return null;
        }

        var ingested = entry with
        {
            Dataset = streamed.Contract.Dataset,
            Period = streamed.Period is { } period ? (int)period : file.YearInName,
            ContractVersion = streamed.Contract.Version,
            RowsRead = streamed.Rows,
            RowsOk = streamed.Rows,
            RowsQuarantined = 0,
            Status = IngestStatus.Ingested,
        };
        return [(ingested, Report(ingested, null, IgnoredColumns(streamed.Contract, streamed.Header), []))];
    }

    private List<SourceTable> Load(ReceivedFile file)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"src_{++tableCounter}");
        return file.Extension switch
        {
            ".xlsx" or ".xlsm" => XlsxSource.Load(work, file.FullPath, prefix),
            ".jsonl" or ".ndjson" or ".json" => [JsonLinesSource.Load(work, file.FullPath, prefix)],
            _ => [CsvSource.Load(work, file.FullPath, prefix, Path.Combine(context.Project.LakePath, ".tmp"))],
        };
    }

    private List<(ManifestEntry Entry, TableReport Report)> Process(ReceivedFile file, List<SourceTable> sources, ManifestEntry entry, CancellationToken cancellationToken)
    {
        var units = sources.Select((s, i) => (Source: s, Entry: entry with
        {
            UnitId = sources.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{entry.UnitId}-{i}") : entry.UnitId,
            Sheet = s.Sheet,
        })).ToList();

        // Privacy first, over every table: one identifying column refuses the whole file, and nothing of it is written.
        var findings = context.Timings.Measure("4 confidentialité", () => sources.SelectMany(s => PrivacyGuard.Inspect(work, s)).ToList());
        if (findings.Count > 0)
        {
            var reason = "Fichier refusé car il identifie des personnes : " + string.Join(" ; ", findings.Select(f => f.Describe()))
                + ". Retirez ces colonnes (seuls des identifiants pseudonymisés sont admis) et renvoyez le fichier.";
            return units.Select(u =>
            {
                var refused = u.Entry with { Status = IngestStatus.Refused, Reason = reason, RowsRead = Count(u.Source), RowsQuarantined = Count(u.Source) };
                return (refused, Report(refused, u.Source, null, []));
            }).ToList();
        }

        return units.Select(u =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ProcessTable(file, u.Source, u.Entry);
        }).ToList();
    }

    private (ManifestEntry Entry, TableReport Report) ProcessTable(ReceivedFile file, SourceTable source, ManifestEntry entry)
    {
        var rowsRead = Count(source);
        if (source.Header.Count == 0 || rowsRead == 0)
        {
            var empty = entry with { Status = IngestStatus.Empty, Reason = "Aucune ligne de données (en-tête seul ou feuille vide)." };
            return (empty, Report(empty, source, null, []));
        }

        var name = source.Sheet ?? Path.GetFileNameWithoutExtension(file.FileName);
        var recognition = DatasetRecognizer.Recognise(catalog.Contracts, name, source.Header);
        var lineage = Lineage(entry, null);
        var lake = new LakeWriter(work, context.Project.LakePath);
        if (recognition.Contract is not { } contract)
        {
            var unrecognised = entry with
            {
                Status = IngestStatus.Unrecognised,
                RowsRead = rowsRead,
                RowsQuarantined = rowsRead,
                Reason = $"Aucun contrat de données ne correspond à « {name} ». Contrats les plus proches : {string.Join(", ", recognition.Closest)}. "
                    + "Nommez le fichier d'après le jeu de données (par exemple parcours_2024.csv) et utilisez les en-têtes du contrat.",
            };
            lake.WriteUnrecognised(source, file.Federation, entry.UnitId, lineage);
            return (unrecognised, Report(unrecognised, source, null, []));
        }

        var checkedTable = source.TableName + "_checked";
        var clock = context.Timings;
        clock.Measure("5 validation", () => Sql.Execute(work, ValidationQuery.Build(contract, catalog.CodeLists, source, file.Federation, checkedTable)));
        clock.Measure("5 validation : doublons", () =>
        {
            if (Sql.Scalar<long>(work, ValidationQuery.RepeatedKeyCount(contract, checkedTable)) > 0)
            {
                Sql.Execute(work, ValidationQuery.Duplicates(contract, source, checkedTable));
            }
        });
        var (rowsOk, period) = Sql.Query(work, $"SELECT count(*) FILTER (len(_errors) = 0), mode(millesime) FROM {checkedTable}",
            r => (r.GetInt64(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1))).Single();
        var versioned = entry with
        {
            Dataset = contract.Dataset,
            Period = period is null ? file.YearInName : (int)period,
            ContractVersion = contract.Version,
            RowsRead = rowsRead,
            RowsOk = rowsOk,
            RowsQuarantined = rowsRead - rowsOk,
        };
        lineage = Lineage(versioned, contract.Version);
        // Most tables have nothing to quarantine: the join that would find it is skipped.
        IReadOnlyList<ProblemGroup> problems = [];
        if (versioned.RowsQuarantined > 0)
        {
            clock.Measure("6 quarantaine", () => lake.WriteQuarantine(contract.Dataset, source, checkedTable, file.Federation, entry.UnitId, lineage));
            problems = clock.Measure("6 quarantaine", () => ProblemSummary.Summarise(work, checkedTable, source));
        }

        var ignored = IgnoredColumns(contract, source.Header);
        if (rowsOk == 0)
        {
            var refused = versioned with { Status = IngestStatus.Refused, Reason = "Aucune ligne valide : le fichier entier est en quarantaine." };
            return (refused, Report(refused, source, ignored, problems));
        }

        clock.Measure("7 lac (parquet typé)", () => lake.WriteValid(contract, checkedTable, file.Federation, entry.UnitId, lineage));
        var ingested = versioned with
        {
            Status = IngestStatus.Ingested,
            Reason = versioned.RowsQuarantined > 0 ? $"{versioned.RowsQuarantined} ligne(s) mise(s) en quarantaine (détail dans le rapport de validation)." : null,
        };
        return (ingested, Report(ingested, source, ignored, problems));
    }

    private long Count(SourceTable source) => Sql.Scalar<long>(work, $"SELECT count(*) FROM {source.TableName}") + source.Rejected.Count;

    private static List<string> Lineage(ManifestEntry entry, string? contractVersion) =>
    [
        $"{Sql.Literal(entry.UnitId)} AS _unit_id",
        $"{Sql.Literal(entry.Sha256)} AS _source_sha256",
        $"{Sql.Literal(entry.ReceivedPath)} AS _source_file",
        $"{Sql.Literal(entry.Sheet)}::VARCHAR AS _source_sheet",
        $"{Sql.Literal(contractVersion)}::VARCHAR AS _contract_version",
    ];

    private static IReadOnlyList<string> IgnoredColumns(DataContract contract, IReadOnlyList<string> header)
    {
        var mapping = contract.Map(header.Select(HeaderName.Normalise).ToList());
        return header.Where((h, i) => mapping[i] is null && !string.IsNullOrWhiteSpace(h)).ToList();
    }

    private static TableReport Report(ManifestEntry entry, SourceTable? source, IReadOnlyList<string>? ignored, IReadOnlyList<ProblemGroup> problems) =>
        new(entry.Sheet, entry.Dataset, entry.Status, entry.Reason, entry.RowsRead, entry.RowsOk, entry.RowsQuarantined,
            source?.SkippedTotalsLines ?? 0, ignored ?? [], problems);

    private static string ShortHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}

/// <summary>What ingesting one file gave: its tables' manifest entries, or skipped when already handled.</summary>
public sealed record FileOutcome(ReceivedFile File, string Sha256, IReadOnlyList<ManifestEntry> Tables, bool Skipped);
