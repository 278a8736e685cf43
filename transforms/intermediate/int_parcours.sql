-- Each parcours with what the marts group it by: the operator's type for the entry year, the filière's
-- category and sector, and profile codes where "not reported" becomes NON_RENSEIGNE so that every
-- breakdown adds up to its total. When the operator's or filière's row of the entry year was quarantined
-- at ingestion, its type and category are taken from its latest reported year (they rarely change)
-- rather than leaving the parcours out of every dispositif breakdown.
with type_connu as (
    select
        operateur_id,
        arg_max(type_dispositif, annee) as type_dispositif,
        arg_max(famille_dispositif, annee) as famille_dispositif
    from stg_operateur
    where type_dispositif is not null
    group by operateur_id
),

filiere_connue as (
    select
        filiere_id,
        arg_max(categorie, annee) as categorie,
        arg_max(secteur, annee) as secteur,
        arg_max(methodologie, annee) as methodologie
    from stg_filiere_annee
    where categorie is not null
    group by filiere_id
)

select
    p.parcours_id,
    p.stagiaire_pid,
    p.annee,
    p.annee_sortie,
    p.region,
    p.federation,
    p.operateur_id,
    coalesce(o.type_dispositif, tc.type_dispositif) as type_dispositif,
    coalesce(o.famille_dispositif, tc.famille_dispositif) as famille_dispositif,
    p.filiere_id,
    coalesce(f.categorie, fc.categorie) as categorie,
    coalesce(f.secteur, fc.secteur) as secteur,
    coalesce(f.methodologie, fc.methodologie) as methodologie,
    p.sexe,
    p.classe_age,
    coalesce(p.niveau_etudes, 'NON_RENSEIGNE') as niveau_etudes,
    coalesce(p.groupe_diplome, 'NON_RENSEIGNE') as groupe_diplome,
    case
        when p.au_plus_cesdd then 'OUI'
        when not p.au_plus_cesdd then 'NON'
        else 'NON_RENSEIGNE'
    end as au_plus_cesdd,
    coalesce(p.statut_entree, 'NON_RENSEIGNE') as statut_entree,
    coalesce(p.groupe_statut, 'NON_RENSEIGNE') as groupe_statut,
    coalesce(p.duree_inoccupation, 'NON_RENSEIGNE') as duree_inoccupation,
    coalesce(p.nationalite_groupe, 'NON_RENSEIGNE') as nationalite_groupe,
    coalesce(p.situation_menage, 'NON_RENSEIGNE') as situation_menage,
    p.arrondissement_domicile,
    p.heures_prestees,
    p.motif_sortie,
    p.groupe_sortie,
    p.est_sortie,
    coalesce(p.est_emploi_sortie, false) as est_emploi_sortie,
    coalesce(p.est_formation_qualifiante_sortie, false) as est_formation_qualifiante_sortie,
    coalesce(p.est_positive_sortie, false) as est_positive_sortie,
    coalesce(p.est_abandon, false) as est_abandon,
    coalesce(p.est_exclusion, false) as est_exclusion,
    coalesce(p.situation_6m, 'NON_RENSEIGNE') as situation_6m,
    coalesce(p.est_emploi_6m, false) as est_emploi_6m,
    coalesce(p.est_formation_qualifiante_6m, false) as est_formation_qualifiante_6m,
    coalesce(p.est_positive_6m, false) as est_positive_6m,
    p.est_inconnue_6m,
    p.validation_competences,
    p.stage_entreprise_heures
from stg_parcours as p
left join stg_operateur as o
    on o.operateur_id = p.operateur_id
    and o.annee = p.annee
left join stg_filiere_annee as f
    on f.filiere_id = p.filiere_id
    and f.annee = p.annee
left join type_connu as tc
    on tc.operateur_id = p.operateur_id
left join filiere_connue as fc
    on fc.filiere_id = p.filiere_id
