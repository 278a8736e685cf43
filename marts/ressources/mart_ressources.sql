-- Internal (unsuppressed) resources per operator and year: staff by function, staff training, spending
-- and funding mix, partnerships, with the delivered training hours and trainees of the year so that
-- costs and staff ratios can be read per hour and per trainee. pub_ressources is the sector view.
with parametres as (
    select max(valeur) filter (where parametre = 'ressources.heures_annuelles_etp') as heures_annuelles_etp
    from pipeline_parametres
),

heures as (
    select operateur_id, annee, sum(heures_prestees) as heures_prestees
    from stg_filiere_annee
    group by operateur_id, annee
),

stagiaires as (
    select operateur_id, annee, count(*) as nb_stagiaires
    from int_parcours
    group by operateur_id, annee
)

select
    r.annee,
    r.operateur_id,
    r.federation,
    r.region,
    o.type_dispositif,
    o.famille_dispositif,
    o.forme_juridique,
    r.etp_formateur,
    r.etp_ipsp,
    r.etp_encadrant_technique,
    r.etp_direction,
    r.etp_admin,
    r.etp_total,
    r.heures_formation_personnel,
    r.depenses_totales,
    r.subvention_regionale,
    r.ape_ou_aides_emploi,
    r.fse,
    r.recettes_production,
    r.autres_recettes,
    r.nb_partenariats_forem_actiris + r.nb_partenariats_cpas + r.nb_partenariats_entreprises
        + r.nb_partenariats_enseignement_promsoc + r.nb_partenariats_cvdc + r.nb_partenariats_autres_isp as nb_partenariats,
    coalesce(h.heures_prestees, 0) as heures_prestees,
    coalesce(s.nb_stagiaires, 0) as nb_stagiaires,
    r.depenses_totales / nullif(h.heures_prestees, 0) as cout_par_heure_prestee,
    r.etp_ipsp / nullif(r.etp_total, 0) as part_etp_ipsp,
    r.etp_formateur / nullif(r.etp_total, 0) as part_etp_formateur,
    100 * r.etp_ipsp / nullif(s.nb_stagiaires, 0) as etp_ipsp_pour_100_stagiaires,
    r.heures_formation_personnel / nullif(r.etp_total * p.heures_annuelles_etp, 0) as part_heures_formation_personnel,
    r.subvention_regionale / nullif(r.depenses_totales, 0) as part_subvention_regionale
from stg_ressources_operateur_annee as r
cross join parametres as p
left join stg_operateur as o
    on o.operateur_id = r.operateur_id
    and o.annee = r.annee
left join heures as h
    on h.operateur_id = r.operateur_id
    and h.annee = r.annee
left join stagiaires as s
    on s.operateur_id = r.operateur_id
    and s.annee = r.annee
