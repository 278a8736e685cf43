-- How fresh each federation's data is, per dataset: the latest period and reception among the files
-- the marts rest on (current: ingested, not superseded), and how many files were refused or not
-- recognised. The dashboards' "données arrêtées au" comes from here.
with recus as (
    select
        federation,
        coalesce(dataset, '(non reconnu)') as jeu_de_donnees,
        count(*) filter (where status = 'ingested' and superseded_by is null) as fichiers_courants,
        count(*) filter (where status in ('refused', 'unrecognised', 'error', 'empty')) as fichiers_en_erreur,
        sum(rows_quarantined) filter (where status = 'ingested') as lignes_quarantaine,
        max(period) filter (where status = 'ingested') as derniere_periode,
        max(received_at) as dernier_envoi
    from ingest_manifest
    group by all
)

select
    r.federation,
    f.nom_federation as federation_nom,
    f.region,
    r.jeu_de_donnees,
    r.fichiers_courants,
    r.fichiers_en_erreur,
    r.lignes_quarantaine,
    r.derniere_periode,
    r.dernier_envoi,
    u.date_donnees,
    false as is_suppressed,
    []::varchar[] as valeurs_masquees,
    cast(null as bigint) as n_operateurs,
    [r.federation] as source_federations
from recus as r
left join ref_federation as f
    on f.code_federation = r.federation
cross join (select max(recu_le) as date_donnees from stg_unites_lac) as u
