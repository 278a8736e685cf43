-- Internal (unsuppressed) recruitment-shortage mart, one row per filière and year: hours agreed,
-- delivered and immunised, the realisation rate against the subsidy threshold, the subsidy at risk,
-- and the recruitment funnel of the year (candidates, entries, places, no-shows), with indices
-- against the filière's own 2019. pub_penurie_stagiaires is the sector view after disclosure control.
with parametres as (
    select
        max(valeur) filter (where parametre = 'penurie.seuil_realisation') as seuil,
        max(valeur) filter (where parametre = 'penurie.taux_horaire_eur') as taux_horaire
    from pipeline_parametres
),

recrutement as (
    select
        filiere_id,
        annee,
        sum(nb_candidatures) as nb_candidatures,
        sum(nb_entrees) as nb_entrees,
        sum(nb_seances_info) as nb_seances_info,
        sum(nb_non_entrees) as nb_non_entrees,
        sum(nb_ne_se_presente_pas) as nb_non_presentations
    from int_recrutement_filiere_mois
    group by filiere_id, annee
),

stagiaires as (
    select filiere_id, annee, count(*) as nb_stagiaires
    from int_parcours
    group by filiere_id, annee
),

filieres as (
    select
        f.annee,
        f.filiere_id,
        f.operateur_id,
        f.federation,
        f.region,
        o.type_dispositif,
        f.methodologie,
        f.categorie,
        f.secteur,
        f.arrondissement_lieu,
        f.province_lieu,
        f.heures_agreees,
        f.heures_prestees,
        f.heures_immunisees,
        f.places_prevues,
        coalesce(s.nb_stagiaires, 0) as nb_stagiaires,
        coalesce(r.nb_candidatures, 0) as nb_candidatures,
        coalesce(r.nb_entrees, 0) as nb_entrees,
        coalesce(r.nb_seances_info, 0) as nb_seances_info,
        coalesce(r.nb_non_entrees, 0) as nb_non_entrees,
        coalesce(r.nb_non_presentations, 0) as nb_non_presentations,
        -- the subsidy counts immunised hours as delivered
        (f.heures_prestees + f.heures_immunisees) / nullif(f.heures_agreees, 0) as taux_realisation_avec_immunisation,
        greatest(f.heures_agreees * p.seuil - f.heures_prestees - f.heures_immunisees, 0) as heures_sous_seuil,
        p.seuil,
        p.taux_horaire
    from stg_filiere_annee as f
    cross join parametres as p
    left join stg_operateur as o
        on o.operateur_id = f.operateur_id
        and o.annee = f.annee
    left join recrutement as r
        on r.filiere_id = f.filiere_id
        and r.annee = f.annee
    left join stagiaires as s
        on s.filiere_id = f.filiere_id
        and s.annee = f.annee
)

select
    f.annee,
    f.filiere_id,
    f.operateur_id,
    f.federation,
    f.region,
    f.type_dispositif,
    f.methodologie,
    f.categorie,
    f.secteur,
    f.arrondissement_lieu,
    f.province_lieu,
    f.heures_agreees,
    f.heures_prestees,
    f.heures_immunisees,
    f.heures_prestees / nullif(f.heures_agreees, 0) as taux_realisation,
    f.taux_realisation_avec_immunisation,
    f.taux_realisation_avec_immunisation < f.seuil as sous_seuil,
    f.heures_sous_seuil,
    f.heures_sous_seuil * f.taux_horaire as subvention_a_risque_eur,
    f.places_prevues,
    f.nb_stagiaires,
    f.nb_candidatures,
    f.nb_entrees,
    f.nb_seances_info,
    f.nb_non_entrees,
    f.nb_non_presentations,
    f.nb_entrees / nullif(f.places_prevues, 0) as taux_remplissage,
    f.nb_candidatures / nullif(f.places_prevues, 0) as candidats_par_place,
    f.nb_non_presentations / nullif(f.nb_non_entrees, 0) as part_non_presentation,
    100.0 * f.nb_candidatures / nullif(b.nb_candidatures, 0) as indice_candidatures_2019,
    100.0 * f.heures_prestees / nullif(b.heures_prestees, 0) as indice_heures_prestees_2019
from filieres as f
left join filieres as b
    on b.filiere_id = f.filiere_id
    and b.annee = 2019
