-- Internal (unsuppressed) placement outcomes: per exit cohort, operator, filière category and profile
-- breakdown, the leavers and how they left, and where they are six months later. Operator grain, so
-- federations can look at their own members; pub_sorties is the sector view after disclosure control.
with sortants as (
    select
        p.annee_sortie,
        p.region,
        p.federation,
        p.operateur_id,
        coalesce(p.type_dispositif, 'NON_RENSEIGNE') as type_dispositif,
        coalesce(p.categorie, 'NON_RENSEIGNE') as categorie,
        b.dimension,
        b.modalite,
        p.*
    from int_parcours as p
    join int_parcours_profil as b
        on b.parcours_id = p.parcours_id
    where p.est_sortie
        and b.dimension in ('TOUS', 'sexe', 'classe_age', 'groupe_statut')
)

select
    annee_sortie,
    region,
    federation,
    operateur_id,
    type_dispositif,
    categorie,
    dimension,
    modalite,
    count(*) as nb_sortants,
    count(*) filter (where est_emploi_sortie) as nb_emploi_sortie,
    count(*) filter (where est_formation_qualifiante_sortie) as nb_formation_qualifiante_sortie,
    count(*) filter (where est_positive_sortie) as nb_sortie_positive,
    count(*) filter (where est_abandon) as nb_abandon,
    count(*) filter (where motif_sortie = 'ABANDON_SANTE') as nb_abandon_sante,
    count(*) filter (where motif_sortie = 'ABANDON_FAMILLE') as nb_abandon_famille,
    count(*) filter (where motif_sortie = 'ABANDON_FINANCIER') as nb_abandon_financier,
    count(*) filter (where motif_sortie = 'ABANDON_MOBILITE') as nb_abandon_mobilite,
    count(*) filter (where est_exclusion) as nb_exclusion,
    count(*) filter (where est_emploi_6m) as nb_emploi_6m,
    count(*) filter (where est_formation_qualifiante_6m) as nb_formation_qualifiante_6m,
    count(*) filter (where est_positive_6m) as nb_sortie_positive_6m,
    count(*) filter (where est_inconnue_6m) as nb_situation_6m_inconnue,
    count(*) filter (where validation_competences is not null) as nb_validation_renseignee,
    count(*) filter (where validation_competences) as nb_validation_competences,
    count(*) filter (where est_emploi_sortie) / count(*) as taux_emploi_sortie,
    count(*) filter (where est_positive_sortie) / count(*) as taux_sortie_positive,
    count(*) filter (where est_positive_6m) / count(*) as taux_sortie_positive_6m,
    count(*) filter (where est_abandon) / count(*) as taux_abandon
from sortants
group by annee_sortie, region, federation, operateur_id, type_dispositif, categorie, dimension, modalite
