-- The profile breakdowns of mart_profil_public and mart_sorties: one row per parcours and breakdown,
-- plus a 'TOUS' row. What a modality means as disclosure-control filters is in int_profil_filtres
-- (ten rows per parcours with a map each cost more to write than the rest of the model).
select
    p.parcours_id,
    b.breakdown.dimension as dimension,
    b.breakdown.modalite as modalite
from int_parcours as p,
    unnest([
        {'dimension': 'TOUS', 'modalite': 'TOUS'},
        {'dimension': 'sexe', 'modalite': p.sexe},
        {'dimension': 'classe_age', 'modalite': p.classe_age},
        {'dimension': 'au_plus_cesdd', 'modalite': p.au_plus_cesdd},
        {'dimension': 'niveau_etudes', 'modalite': p.niveau_etudes},
        {'dimension': 'groupe_statut', 'modalite': p.groupe_statut},
        {'dimension': 'statut_entree', 'modalite': p.statut_entree},
        {'dimension': 'nationalite_groupe', 'modalite': p.nationalite_groupe},
        {'dimension': 'situation_menage', 'modalite': p.situation_menage},
        {'dimension': 'duree_inoccupation', 'modalite': p.duree_inoccupation}
    ]) as b(breakdown)
