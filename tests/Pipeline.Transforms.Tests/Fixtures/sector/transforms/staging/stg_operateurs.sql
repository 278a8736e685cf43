select
    operateur_id,
    region,
    agrement
from {{ ref('operateurs') }}
