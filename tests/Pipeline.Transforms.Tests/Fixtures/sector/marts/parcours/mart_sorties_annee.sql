-- Sorties positives par année et filière.
with parcours as (
    select p.*, s.positive
    from stg_parcours as p
    left join code_sortie as s on s.code = p.sortie_code
)
select
    annee,
    filiere_code,
    count(*) as parcours,
    sum(case when positive then 1 else 0 end) as sorties_positives,
    sum(heures) as heures
from parcours
group by annee, filiere_code
