-- Operators as each federation describes them in its yearly file: one row per operator and year.
-- Region comes from the sending federation (pipeline.yaml is the authority on who sends for which
-- region); the seat commune is mapped onto the 2019 geography.
with courant as (
    select
        r.*,
        u.recu_le,
        row_number() over (
            partition by r.operateur_id, r.millesime
            order by u.recu_le desc, r._unit_id, r._source_line
        ) as rang
    from raw.operateur as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
),

nis as (
    select
        c.*,
        coalesce(p.code_2019, c.nis_siege) as commune_siege_2019,
        coalesce(p.exact, true) as nis_exact
    from courant as c
    left join ref_nis_passage_2019 as p
        on p.code_avant_2019 = c.nis_siege
        and p.niveau = 'commune'
    where c.rang = 1
)

select
    n.operateur_id,
    cast(n.millesime as integer) as annee,
    n.federation,
    f.region,
    n.region as region_declaree,
    n.type_dispositif,
    t.famille_dispositif,
    n.forme_juridique,
    n.commune_siege_2019,
    left(n.commune_siege_2019, 2) || '000' as arrondissement_siege,
    a.code_province as province_siege,
    not n.nis_exact as nis_approx,
    n.date_agrement_debut,
    n.date_agrement_fin,
    cast(n.nb_lieux_formation as integer) as nb_lieux_formation,
    n.schema_version,
    n._unit_id as unit_id,
    n._source_file as source_file,
    n._source_line as source_line
from nis as n
left join ref_federation as f
    on f.code_federation = n.federation
left join map_type_dispositif as t
    on t.type_dispositif = n.type_dispositif
left join ref_nis_arrondissement as a
    on a.code_arrondissement = left(n.commune_siege_2019, 2) || '000'
