-- Yearly activity of each SIS (aggregated counts, no individual data). The age × sex split arrives as a
-- JSON object {"F_18_24": n, ...}; women and men totals are derived from it, the object is kept as is.
with courant as (
    select
        r.*,
        row_number() over (
            partition by r.operateur_id, r.annee
            order by u.recu_le desc, r._unit_id, r._source_line
        ) as rang
    from raw.sis_activite_annee as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
),

repartition as (
    select
        c._unit_id,
        c._source_line,
        sum(case when e.key like 'F\_%' escape '\' then cast(e.value as integer) else 0 end) as nb_femmes,
        sum(case when e.key like 'H\_%' escape '\' then cast(e.value as integer) else 0 end) as nb_hommes
    from courant as c,
        json_each(c.repartition_age_sexe) as e
    where c.rang = 1
    group by c._unit_id, c._source_line
)

select
    c.operateur_id,
    cast(c.annee as integer) as annee,
    c.federation,
    f.region,
    cast(c.nb_beneficiaires as integer) as nb_beneficiaires,
    cast(c.nb_ateliers as integer) as nb_ateliers,
    cast(c.heures_collectives as integer) as heures_collectives,
    cast(c.nb_suivis_individuels as integer) as nb_suivis_individuels,
    cast(rp.nb_femmes as integer) as nb_beneficiaires_femmes,
    cast(rp.nb_hommes as integer) as nb_beneficiaires_hommes,
    c.repartition_age_sexe,
    c.schema_version,
    c._unit_id as unit_id,
    c._source_file as source_file,
    c._source_line as source_line
from courant as c
left join ref_federation as f
    on f.code_federation = c.federation
left join repartition as rp
    on rp._unit_id = c._unit_id
    and rp._source_line = c._source_line
where c.rang = 1
