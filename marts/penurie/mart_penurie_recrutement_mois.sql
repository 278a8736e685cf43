-- Internal (unsuppressed) monthly recruitment by training-site arrondissement (2019 geography) and
-- filière sector: the funnel, vacant places and an index against the same month of 2019.
-- pub_penurie_recrutement_mois is its published twin.
with mois as (
    select
        annee,
        mois,
        mois_numero,
        region,
        arrondissement_lieu as arrondissement,
        secteur,
        count(distinct filiere_id) as nb_filieres,
        count(distinct operateur_id) as n_operateurs,
        list_sort(list(distinct federation)) as source_federations,
        sum(nb_contacts) as nb_contacts,
        sum(nb_seances_info) as nb_seances_info,
        sum(nb_candidatures) as nb_candidatures,
        sum(nb_entretiens) as nb_entretiens,
        sum(nb_entrees) as nb_entrees,
        sum(nb_non_entrees) as nb_non_entrees,
        sum(nb_ne_se_presente_pas) as nb_non_presentations,
        sum(places_vacantes_fin_mois) as places_vacantes_fin_mois
    from int_recrutement_filiere_mois
    group by annee, mois, mois_numero, region, arrondissement_lieu, secteur
)

select
    m.*,
    m.nb_non_presentations / nullif(m.nb_non_entrees, 0) as part_non_presentation,
    100.0 * m.nb_candidatures / nullif(b.nb_candidatures, 0) as indice_candidatures_2019
from mois as m
left join mois as b
    on b.annee = 2019
    and b.mois_numero = m.mois_numero
    and b.arrondissement = m.arrondissement
    and b.secteur = m.secteur
