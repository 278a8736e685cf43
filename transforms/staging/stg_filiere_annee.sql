-- Training filières per year with agreed, delivered and immunised hours and planned places. The
-- training site is mapped onto the 2019 geography (pre-2019 Hainaut commune codes).
with courant as (
    select
        r.*,
        row_number() over (
            partition by r.filiere_id, r.annee
            order by u.recu_le desc, r._unit_id, r._source_line
        ) as rang
    from raw.filiere_annee as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
),

nis as (
    select
        c.*,
        coalesce(p.code_2019, c.nis_lieu) as commune_lieu_2019,
        coalesce(p.exact, true) as nis_exact
    from courant as c
    left join ref_nis_passage_2019 as p
        on p.code_avant_2019 = c.nis_lieu
        and p.niveau = 'commune'
    where c.rang = 1
)

select
    n.filiere_id,
    cast(n.annee as integer) as annee,
    n.operateur_id,
    n.federation,
    f.region,
    n.methodologie,
    n.categorie,
    n.secteur,
    cast(n.heures_agreees as bigint) as heures_agreees,
    cast(n.heures_prestees as bigint) as heures_prestees,
    cast(coalesce(n.heures_immunisees, 0) as bigint) as heures_immunisees,
    cast(n.places_prevues as integer) as places_prevues,
    n.commune_lieu_2019,
    left(n.commune_lieu_2019, 2) || '000' as arrondissement_lieu,
    a.code_province as province_lieu,
    not n.nis_exact as nis_approx,
    n.schema_version,
    n._unit_id as unit_id,
    n._source_file as source_file,
    n._source_line as source_line
from nis as n
left join ref_federation as f
    on f.code_federation = n.federation
left join ref_nis_arrondissement as a
    on a.code_arrondissement = left(n.commune_lieu_2019, 2) || '000'
