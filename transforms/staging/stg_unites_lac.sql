-- The lake tables staging may read: ingested and not superseded. Every staging model semi-joins its
-- raw rows on this, so a file replaced by a corrected _v2 drops out without deleting anything.
select
    c.unit_id,
    c.dataset,
    c.federation,
    cast(c.period as integer) as periode,
    c.received_path as fichier_recu,
    m.received_at as recu_le,
    m.processed_at as traite_le
from lake_current_units as c
join ingest_manifest as m
    on m.unit_id = c.unit_id
    and m.status = 'ingested'
