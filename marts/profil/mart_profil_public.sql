-- Internal (unsuppressed) profile of the trainees who entered each year: counts and shares per
-- breakdown, by region and operator type with their totals. The published twin is pub_profil_public.
with stagiaires as (
    select
        p.annee,
        p.region,
        coalesce(p.type_dispositif, 'NON_RENSEIGNE') as type_dispositif,
        p.operateur_id,
        p.federation,
        b.dimension,
        b.modalite
    from int_parcours as p
    join int_parcours_profil as b
        on b.parcours_id = p.parcours_id
),

comptes as (
    select
        annee,
        case when grouping(region) = 1 then 'TOUS' else region end as region,
        case when grouping(type_dispositif) = 1 then 'TOUS' else type_dispositif end as type_dispositif,
        dimension,
        modalite,
        count(*) as nb_stagiaires,
        count(distinct operateur_id) as n_operateurs,
        list_sort(list(distinct federation)) as source_federations
    from stagiaires
    group by grouping sets (
        (annee, region, type_dispositif, dimension, modalite),
        (annee, region, dimension, modalite),
        (annee, dimension, modalite)
    )
)

select
    c.*,
    t.nb_stagiaires as nb_stagiaires_total,
    c.nb_stagiaires / t.nb_stagiaires as part
from comptes as c
join comptes as t
    on t.annee = c.annee
    and t.region = c.region
    and t.type_dispositif = c.type_dispositif
    and t.dimension = 'TOUS'
