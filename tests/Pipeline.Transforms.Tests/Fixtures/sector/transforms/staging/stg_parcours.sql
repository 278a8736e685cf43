-- Parcours des stagiaires, tels que reçus des fédérations (un par ligne).
select
    parcours_id,
    operateur_id,
    federation,
    cast(annee as integer) as annee,
    filiere_code,
    sortie as sortie_code,
    heures
from raw.parcours
