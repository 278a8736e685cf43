-- Monthly recruitment joined to its filière-year: operator, region, sector, category and the 2019
-- arrondissement of the training site, which is how the shortage marts slice it.
select
    r.filiere_id,
    r.annee,
    r.mois,
    r.mois_numero,
    f.operateur_id,
    r.federation,
    r.region,
    f.categorie,
    f.secteur,
    f.arrondissement_lieu,
    r.nb_contacts,
    r.nb_seances_info,
    r.nb_candidatures,
    r.nb_entretiens,
    r.nb_entrees,
    r.places_vacantes_fin_mois,
    r.nb_ne_se_presente_pas,
    r.nb_ne_se_presente_pas + r.nb_ne_non_eligible + r.nb_ne_mobilite + r.nb_ne_garde_enfants
        + r.nb_ne_financier + r.nb_ne_sante + r.nb_ne_emploi_trouve + r.nb_ne_autre as nb_non_entrees
from stg_recrutement_mois as r
join stg_filiere_annee as f
    on f.filiere_id = r.filiere_id
    and f.annee = r.annee
