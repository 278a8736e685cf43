using Dapper;
using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Manifest;

/// <summary>
/// The ingest manifest in the warehouse: every received table, its counts and status. Nothing is ever
/// deleted; a later file for the same federation, dataset and period marks the earlier one superseded,
/// and the view <c>lake_current_units</c> lists what staging should read. Safe to share between the
/// ingestion lanes that run at once (one warehouse connection, used by one of them at a time).
/// </summary>
public sealed class IngestManifest(DuckDBConnection warehouse)
{
    private readonly Lock gate = new();

    public void EnsureCreated() => warehouse.Execute("""
        CREATE TABLE IF NOT EXISTS ingest_manifest (
            unit_id VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, received_path VARCHAR NOT NULL, landing_path VARCHAR NOT NULL,
            federation VARCHAR NOT NULL, dataset VARCHAR, sheet VARCHAR, period INTEGER, file_format VARCHAR NOT NULL,
            rows_read BIGINT NOT NULL, rows_ok BIGINT NOT NULL, rows_quarantined BIGINT NOT NULL,
            status VARCHAR NOT NULL, reason VARCHAR, contract_version VARCHAR,
            received_at TIMESTAMP NOT NULL, processed_at TIMESTAMP NOT NULL, superseded_by VARCHAR, report_path VARCHAR);
        CREATE OR REPLACE VIEW lake_current_units AS
            SELECT unit_id, sha256, federation, dataset, period, received_path FROM ingest_manifest WHERE status = 'ingested';
        """);

    /// <summary>Whether this exact file (path and bytes) was already handled, other than by an error to retry.</summary>
    public bool AlreadyHandled(string receivedPath, string sha256)
    {
        lock (gate)
        {
            return warehouse.ExecuteScalar<long>(
                "SELECT count(*) FROM ingest_manifest WHERE received_path = $path AND sha256 = $sha AND status <> 'error'",
                new { path = receivedPath, sha = sha256 }) > 0;
        }
    }

    /// <summary>The earlier receipt of the same bytes under another name, if any.</summary>
    public string? EarlierReceipt(string sha256)
    {
        lock (gate)
        {
            return warehouse.ExecuteScalar<string?>(
                "SELECT received_path FROM ingest_manifest WHERE sha256 = $sha AND status NOT IN ('error', 'duplicate') ORDER BY processed_at LIMIT 1",
                new { sha = sha256 });
        }
    }

    /// <summary>
    /// Records the tables of one received file, all or none (a multi-sheet workbook half recorded would be
    /// skipped by the next run as already handled, its other sheets lost). An ingested table supersedes the
    /// current table for the same federation, dataset and period.
    /// </summary>
    public void Record(IReadOnlyList<ManifestEntry> fileTables)
    {
        lock (gate)
        {
            using var transaction = warehouse.BeginTransaction();
            foreach (var entry in fileTables)
            {
                RecordTable(entry, transaction);
            }

            transaction.Commit();
        }
    }

    private void RecordTable(ManifestEntry entry, DuckDBTransaction transaction)
    {
        warehouse.Execute("DELETE FROM ingest_manifest WHERE unit_id = $UnitId AND status = 'error'", entry, transaction);
        warehouse.Execute("""
            INSERT INTO ingest_manifest VALUES ($UnitId, $Sha256, $ReceivedPath, $LandingPath, $Federation, $Dataset, $Sheet, $Period,
                $FileFormat, $RowsRead, $RowsOk, $RowsQuarantined, $Status, $Reason, $ContractVersion, $ReceivedAt, $ProcessedAt,
                $SupersededBy, $ReportPath)
            """, entry, transaction);
        if (entry.Status == IngestStatus.Ingested)
        {
            warehouse.Execute("""
                UPDATE ingest_manifest SET status = 'superseded', superseded_by = $UnitId
                WHERE federation = $Federation AND dataset = $Dataset AND period = $Period AND status = 'ingested' AND unit_id <> $UnitId
                """, entry, transaction);
        }
    }

    public IReadOnlyList<ManifestEntry> All() =>
        [.. warehouse.Query<ManifestEntry>("""
            SELECT unit_id AS UnitId, sha256 AS Sha256, received_path AS ReceivedPath, landing_path AS LandingPath, federation AS Federation,
                dataset AS Dataset, sheet AS Sheet, period AS Period, file_format AS FileFormat, rows_read AS RowsRead, rows_ok AS RowsOk,
                rows_quarantined AS RowsQuarantined, status AS Status, reason AS Reason, contract_version AS ContractVersion,
                received_at AS ReceivedAt, processed_at AS ProcessedAt, superseded_by AS SupersededBy, report_path AS ReportPath
            FROM ingest_manifest ORDER BY processed_at, unit_id
            """)];
}
