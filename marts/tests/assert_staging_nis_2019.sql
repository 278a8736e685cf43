-- NIS codes left outside the 2019 geography after mapping: a code that ended in 2018 (54000) or an
-- arrondissement the reference does not know.
with codes as (
    select 'stg_parcours.arrondissement_domicile' as colonne, arrondissement_domicile as code from stg_parcours
    union all select 'stg_filiere_annee.arrondissement_lieu', arrondissement_lieu from stg_filiere_annee
    union all select 'stg_operateur.arrondissement_siege', arrondissement_siege from stg_operateur
)

select c.colonne, c.code, count(*) as n_lignes
from codes as c
left join ref_nis_arrondissement as a
    on a.code_arrondissement = c.code
    and a.valide_jusqua is null
where c.code is not null
    and a.code_arrondissement is null
group by c.colonne, c.code
