-- Disclosure-control registration of pub_profil_public (contract in marts/README.md). Cells: the
-- trainees who entered in the year, by region and operator type (with their totals), and within each
-- of those by one profile breakdown; a breakdown's share has the row's total as denominator.
with par_operateur as (
    select
        cast(p.annee as varchar) as annee,
        case when grouping(p.region) = 1 then 'TOUS' else p.region end as region,
        case when grouping(p.type_dispositif) = 1 then 'TOUS' else coalesce(p.type_dispositif, 'NON_RENSEIGNE') end as type_dispositif,
        b.dimension,
        b.modalite,
        p.operateur_id,
        any_value(p.federation) as federation,
        count(*) as nb_stagiaires
    from int_parcours as p
    join int_parcours_profil as b
        on b.parcours_id = p.parcours_id
    -- operator type implies the region: a type is never published across regions
    group by grouping sets (
        (p.annee, p.region, p.type_dispositif, b.dimension, b.modalite, p.operateur_id),
        (p.annee, p.region, b.dimension, b.modalite, p.operateur_id),
        (p.annee, b.dimension, b.modalite, p.operateur_id)
    )
),

-- One row per cell: its value, how many operators contribute and the largest contribution.
cellules as (
    select
        annee, region, type_dispositif, dimension, modalite,
        sum(nb_stagiaires) as valeur,
        count(*) filter (where nb_stagiaires <> 0) as n_operateurs,
        max(nb_stagiaires) as contribution_max,
        list_sort(list(distinct federation)) as source_federations
    from par_operateur
    group by annee, region, type_dispositif, dimension, modalite
)

select
    'pub_profil_public' as tableau,
    map(['annee', 'region', 'type_dispositif', 'dimension', 'modalite'],
        [annee, region, type_dispositif, cellules.dimension, cellules.modalite]) as ligne,
    'stagiaires' as mesure,
    'stagiaires' as population,
    map_concat(map(['annee', 'region', 'type_dispositif'], [annee, region, type_dispositif]), f.filtres) as cellule,
    case when cellules.dimension <> 'TOUS' then map_keys(f.filtres) end as denominateur_sans,
    'personnes' as nature,
    cast(valeur as double) as valeur,
    n_operateurs,
    cast(contribution_max as double) as contribution_max,
    source_federations
from cellules
join int_profil_filtres as f
    on f.dimension = cellules.dimension
    and f.modalite is not distinct from cellules.modalite
