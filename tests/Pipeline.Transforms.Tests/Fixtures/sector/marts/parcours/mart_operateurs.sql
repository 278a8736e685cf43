select
    o.operateur_id,
    o.region,
    count(p.parcours_id) as parcours,
    coalesce(sum(p.heures), 0) as heures
from stg_operateurs as o
left join stg_parcours as p using (operateur_id)
group by o.operateur_id, o.region
