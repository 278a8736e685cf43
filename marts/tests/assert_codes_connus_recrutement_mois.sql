-- Codes of stg_recrutement_mois missing from their list in ref_codes (nulls are "not reported"). One test per
-- staging model: a test reading several models holds back everything downstream of all of them.
with valeurs as (
    select 'canal' as liste, canal_principal as code from stg_recrutement_mois
)

select v.liste, v.code, count(*) as n_lignes
from valeurs as v
left join ref_codes as r
    on r.liste = v.liste
    and r.code = v.code
where v.code is not null
    and r.code is null
group by v.liste, v.code
