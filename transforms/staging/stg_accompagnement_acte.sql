-- Psychosocial support acts, one per row. The operator is not in the file: marts reach it through the
-- act's parcours. A referral is an act with a destination (orientation_vers).
-- Deduplication: the latest received file wins. Duplicates are rare (a corrected file re-sending acts
-- of another period), so only the duplicated keys go through the window: sorting 1.8 M acts to find a
-- handful was most of this model's time. `lignes` is read three times but not materialized: re-reading
-- the Parquet is cheaper than buffering 1.8 M wide rows (4.2 → 3.1 s in isolation, same rows).
with lignes as not materialized (
    select r.*, u.recu_le
    from raw.accompagnement_acte as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
),

doublons as (
    select acte_id from lignes group by acte_id having count(*) > 1
),

courant as (
    select * from lignes
    where acte_id not in (select acte_id from doublons)
    union all by name
    select * exclude (rang) from (
        select
            *,
            row_number() over (partition by acte_id order by recu_le desc, _unit_id, _source_line) as rang
        from lignes
        where acte_id in (select acte_id from doublons)
    )
    where rang = 1
)

select
    c.acte_id,
    c.parcours_id,
    c.date as date_acte,
    cast(c.millesime as integer) as annee,
    c.federation,
    f.region,
    c.type_acte,
    c.thematique,
    cast(c.duree_min as integer) as duree_min,
    c.fonction_intervenant,
    c.orientation_vers,
    c.orientation_vers is not null as est_orientation,
    c.schema_version,
    c._unit_id as unit_id,
    c._source_file as source_file,
    c._source_line as source_line
from courant as c
left join ref_federation as f
    on f.code_federation = c.federation
