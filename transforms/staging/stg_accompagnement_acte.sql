-- Psychosocial support acts, one per row. The operator is not in the file: marts reach it through the
-- act's parcours. A referral is an act with a destination (orientation_vers).
with courant as (
    select
        r.*,
        row_number() over (
            partition by r.acte_id
            order by u.recu_le desc, r._unit_id, r._source_line
        ) as rang
    from raw.accompagnement_acte as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
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
where c.rang = 1
