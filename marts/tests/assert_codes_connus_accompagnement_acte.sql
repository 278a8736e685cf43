-- Codes of stg_accompagnement_acte missing from their list in ref_codes (nulls are "not reported"). One test per
-- staging model: a test reading several models holds back everything downstream of all of them.
with valeurs as (
    select 'type_acte' as liste, type_acte as code from stg_accompagnement_acte
    union all select 'thematique', thematique from stg_accompagnement_acte
    union all select 'fonction_intervenant', fonction_intervenant from stg_accompagnement_acte
    union all select 'orientation_vers', orientation_vers from stg_accompagnement_acte
)

select v.liste, v.code, count(*) as n_lignes
from valeurs as v
left join ref_codes as r
    on r.liste = v.liste
    and r.code = v.code
where v.code is not null
    and r.code is null
group by v.liste, v.code
