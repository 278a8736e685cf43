-- Codes of stg_parcours missing from their list in ref_codes (nulls are "not reported"). One test per
-- staging model: a test reading several models holds back everything downstream of all of them.
with valeurs as (
    select 'sexe' as liste, sexe as code from stg_parcours
    union all select 'classe_age', classe_age from stg_parcours
    union all select 'niveau_etudes', niveau_etudes from stg_parcours
    union all select 'statut_entree', statut_entree from stg_parcours
    union all select 'duree_inoccupation', duree_inoccupation from stg_parcours
    union all select 'nationalite_groupe', nationalite_groupe from stg_parcours
    union all select 'situation_menage', situation_menage from stg_parcours
    union all select 'motif_sortie', motif_sortie from stg_parcours
    union all select 'situation_6m', situation_6m from stg_parcours
)

select v.liste, v.code, count(*) as n_lignes
from valeurs as v
left join ref_codes as r
    on r.liste = v.liste
    and r.code = v.code
where v.code is not null
    and r.code is null
group by v.liste, v.code
