-- What each federation sent and what became of it, one row per received file (and sheet), for the
-- data-quality page: status, rows read / accepted / quarantined, the reason in French and the report to
-- send back. Counts here are rows of files, not statistics about people; no row content is published.
select
    m.federation,
    f.nom_federation as federation_nom,
    f.region,
    m.received_path as fichier,
    m.sheet as feuille,
    m.dataset as jeu_de_donnees,
    m.period as periode,
    m.file_format as format,
    m.status as statut,
    case m.status
        when 'ingested' then 'intégré'
        when 'duplicate' then 'doublon (déjà reçu)'
        when 'superseded' then 'remplacé par une version corrigée'
        when 'refused' then 'refusé (données identifiantes)'
        when 'unrecognised' then 'non reconnu'
        when 'empty' then 'vide'
        when 'error' then 'erreur de lecture'
        else m.status
    end as statut_libelle,
    m.rows_read as lignes_lues,
    m.rows_ok as lignes_acceptees,
    m.rows_quarantined as lignes_quarantaine,
    m.reason as motif,
    m.contract_version as version_contrat,
    m.received_at as recu_le,
    m.processed_at as traite_le,
    m.report_path as rapport,
    false as is_suppressed,
    []::varchar[] as valeurs_masquees,
    -- a file is not a statistic over operators: the count does not apply
    cast(null as bigint) as n_operateurs,
    [m.federation] as source_federations
from ingest_manifest as m
left join ref_federation as f
    on f.code_federation = m.federation
