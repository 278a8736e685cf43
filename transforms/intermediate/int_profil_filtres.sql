-- What each profile modality means as disclosure-control filters: a detailed code carries its group
-- too (niveau_etudes within au_plus_cesdd, statut_entree within groupe_statut), so that the detail and
-- its group total are linked and one cannot be derived from the other. One row per modality seen.
with modalites as (
    select distinct 'niveau_etudes' as dimension, niveau_etudes as modalite, 'au_plus_cesdd' as groupe, au_plus_cesdd as code_groupe
    from int_parcours
    union all
    select distinct 'statut_entree', statut_entree, 'groupe_statut', groupe_statut
    from int_parcours
    union all
    select distinct dimension, modalite, null, null
    from int_parcours_profil
    where dimension not in ('niveau_etudes', 'statut_entree')
)

select
    dimension,
    modalite,
    case
        when dimension = 'TOUS' then map()::map(varchar, varchar)
        when groupe is not null then map([groupe, dimension], [code_groupe, modalite])
        else map([dimension], [modalite])
    end as filtres
from modalites
