-- The memorandum's key figures as published: mart_fiches_memorandum already reads only published
-- marts; this adds the suppression columns every published table carries.
select
    m.*,
    m.est_masque as is_suppressed,
    case when m.est_masque then ['valeur'] else [] end::varchar[] as valeurs_masquees
from mart_fiches_memorandum as m
