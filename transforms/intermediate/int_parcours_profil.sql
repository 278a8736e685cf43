-- The profile breakdowns of mart_profil_public and mart_sorties: one row per parcours and breakdown,
-- plus a 'TOUS' row. `filtres` is what the row's modality means as disclosure-control filters: a
-- detailed code carries its group too (statut_entree within groupe_statut, niveau_etudes within
-- au_plus_cesdd), so that the detail and its group total are linked and one cannot be derived from the
-- other.
select
    p.parcours_id,
    b.breakdown.dimension as dimension,
    b.breakdown.modalite as modalite,
    b.breakdown.filtres as filtres
from int_parcours as p,
    unnest([
        {'dimension': 'TOUS', 'modalite': 'TOUS', 'filtres': map()::map(varchar, varchar)},
        {'dimension': 'sexe', 'modalite': p.sexe, 'filtres': map(['sexe'], [p.sexe])},
        {'dimension': 'classe_age', 'modalite': p.classe_age, 'filtres': map(['classe_age'], [p.classe_age])},
        {'dimension': 'au_plus_cesdd', 'modalite': p.au_plus_cesdd, 'filtres': map(['au_plus_cesdd'], [p.au_plus_cesdd])},
        {'dimension': 'niveau_etudes', 'modalite': p.niveau_etudes,
            'filtres': map(['au_plus_cesdd', 'niveau_etudes'], [p.au_plus_cesdd, p.niveau_etudes])},
        {'dimension': 'groupe_statut', 'modalite': p.groupe_statut, 'filtres': map(['groupe_statut'], [p.groupe_statut])},
        {'dimension': 'statut_entree', 'modalite': p.statut_entree,
            'filtres': map(['groupe_statut', 'statut_entree'], [p.groupe_statut, p.statut_entree])},
        {'dimension': 'nationalite_groupe', 'modalite': p.nationalite_groupe,
            'filtres': map(['nationalite_groupe'], [p.nationalite_groupe])},
        {'dimension': 'situation_menage', 'modalite': p.situation_menage,
            'filtres': map(['situation_menage'], [p.situation_menage])},
        {'dimension': 'duree_inoccupation', 'modalite': p.duree_inoccupation,
            'filtres': map(['duree_inoccupation'], [p.duree_inoccupation])}
    ]) as b(breakdown)
