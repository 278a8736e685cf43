-- Published psychosocial support (after disclosure control) per entry year × region × operator type
-- ('TOUS' rows are totals): share of trainees accompanied, multi-problem share and referral rate among
-- the accompanied (Wilson 95 % intervals), acts and hours per accompanied trainee, IPSP FTE per 100
-- trainees, impact-survey response rates (T0 among trainees, T1 and T2 among the T0 respondents) and
-- mean score changes T0→T1 and T0→T2 over the respondents of both waves. Hidden values are null; a mean
-- needs min_denominator respondents.
with parametres as (
    select max(valeur) filter (where parametre = 'privacy.min_denominator') as min_denominator
    from pipeline_parametres
),

valeurs as (
    select
        cast(ligne['annee'] as integer) as annee,
        ligne['region'] as region,
        ligne['type_dispositif'] as type_dispositif,
        *
    from sdc_publication
    where tableau = 'pub_accompagnement'
),

lignes as (
    select
        annee,
        region,
        type_dispositif,
        max(valeur_publiee) filter (where mesure = 'nb_stagiaires') as nb_stagiaires,
        max(valeur_publiee) filter (where mesure = 'nb_stagiaires_accompagnes') as nb_stagiaires_accompagnes,
        max(part) filter (where mesure = 'nb_stagiaires_accompagnes') as part_stagiaires_accompagnes,
        max(part_ic95_bas) filter (where mesure = 'nb_stagiaires_accompagnes') as part_stagiaires_accompagnes_ic95_bas,
        max(part_ic95_haut) filter (where mesure = 'nb_stagiaires_accompagnes') as part_stagiaires_accompagnes_ic95_haut,
        max(valeur_publiee) filter (where mesure = 'nb_stagiaires_multi_problematiques') as nb_stagiaires_multi_problematiques,
        max(part) filter (where mesure = 'nb_stagiaires_multi_problematiques') as part_multi_problematiques,
        max(part_ic95_bas) filter (where mesure = 'nb_stagiaires_multi_problematiques') as part_multi_problematiques_ic95_bas,
        max(part_ic95_haut) filter (where mesure = 'nb_stagiaires_multi_problematiques') as part_multi_problematiques_ic95_haut,
        max(valeur_publiee) filter (where mesure = 'nb_stagiaires_orientes') as nb_stagiaires_orientes,
        max(part) filter (where mesure = 'nb_stagiaires_orientes') as taux_orientation,
        max(part_ic95_bas) filter (where mesure = 'nb_stagiaires_orientes') as taux_orientation_ic95_bas,
        max(part_ic95_haut) filter (where mesure = 'nb_stagiaires_orientes') as taux_orientation_ic95_haut,
        max(valeur_publiee) filter (where mesure = 'nb_actes') as nb_actes,
        max(valeur_publiee) filter (where mesure = 'heures_accompagnement') as heures_accompagnement,
        max(valeur_publiee) filter (where mesure = 'etp_ipsp') as etp_ipsp,
        max(valeur_publiee) filter (where mesure = 'nb_repondants_t0') as nb_repondants_t0,
        max(part) filter (where mesure = 'nb_repondants_t0') as taux_reponse_t0,
        max(valeur_publiee) filter (where mesure = 'nb_repondants_t0_t1') as nb_repondants_t0_t1,
        max(part) filter (where mesure = 'nb_repondants_t0_t1') as taux_reponse_t1,
        max(valeur_publiee) filter (where mesure = 'nb_repondants_t0_t2') as nb_repondants_t0_t2,
        max(part) filter (where mesure = 'nb_repondants_t0_t2') as taux_reponse_t2,
        max(valeur_publiee) filter (where mesure = 'somme_delta_estime_soi_t0_t1') as somme_delta_estime_soi_t0_t1,
        max(valeur_publiee) filter (where mesure = 'somme_delta_estime_soi_t0_t2') as somme_delta_estime_soi_t0_t2,
        max(valeur_publiee) filter (where mesure = 'somme_delta_score_global_t0_t1') as somme_delta_score_global_t0_t1,
        max(valeur_publiee) filter (where mesure = 'somme_delta_score_global_t0_t2') as somme_delta_score_global_t0_t2,
        bool_or(denominateur_faible) as denominateur_faible,
        bool_or(est_masque or coalesce(part_masquee, false)) as is_suppressed,
        list_sort(list(mesure) filter (where est_masque or coalesce(part_masquee, false))) as valeurs_masquees,
        max(n_operateurs) as n_operateurs,
        list_sort(list_distinct(flatten(list(source_federations)))) as source_federations
    from valeurs
    group by annee, region, type_dispositif
)

select
    l.annee,
    l.region,
    case when l.region = 'TOUS' then 'Total' else lr.libelle_fr end as region_libelle,
    l.type_dispositif,
    case when l.type_dispositif = 'TOUS' then 'Total' else coalesce(lt.libelle_fr, l.type_dispositif) end as type_dispositif_libelle,
    cast(l.nb_stagiaires as bigint) as nb_stagiaires,
    cast(l.nb_stagiaires_accompagnes as bigint) as nb_stagiaires_accompagnes,
    l.part_stagiaires_accompagnes,
    l.part_stagiaires_accompagnes_ic95_bas,
    l.part_stagiaires_accompagnes_ic95_haut,
    l.nb_actes / nullif(l.nb_stagiaires_accompagnes, 0) as actes_par_stagiaire_accompagne,
    l.heures_accompagnement / nullif(l.nb_stagiaires_accompagnes, 0) as heures_par_stagiaire_accompagne,
    cast(l.nb_stagiaires_multi_problematiques as bigint) as nb_stagiaires_multi_problematiques,
    l.part_multi_problematiques,
    l.part_multi_problematiques_ic95_bas,
    l.part_multi_problematiques_ic95_haut,
    cast(l.nb_stagiaires_orientes as bigint) as nb_stagiaires_orientes,
    l.taux_orientation,
    l.taux_orientation_ic95_bas,
    l.taux_orientation_ic95_haut,
    cast(l.nb_actes as bigint) as nb_actes,
    l.heures_accompagnement,
    l.etp_ipsp,
    100 * l.etp_ipsp / nullif(l.nb_stagiaires, 0) as etp_ipsp_pour_100_stagiaires,
    cast(l.nb_repondants_t0 as bigint) as nb_repondants_t0,
    l.taux_reponse_t0,
    cast(l.nb_repondants_t0_t1 as bigint) as nb_repondants_t0_t1,
    l.taux_reponse_t1,
    cast(l.nb_repondants_t0_t2 as bigint) as nb_repondants_t0_t2,
    l.taux_reponse_t2,
    case when l.nb_repondants_t0_t1 >= p.min_denominator then l.somme_delta_estime_soi_t0_t1 / l.nb_repondants_t0_t1 end as delta_moyen_estime_soi_t0_t1,
    case when l.nb_repondants_t0_t2 >= p.min_denominator then l.somme_delta_estime_soi_t0_t2 / l.nb_repondants_t0_t2 end as delta_moyen_estime_soi_t0_t2,
    case when l.nb_repondants_t0_t1 >= p.min_denominator then l.somme_delta_score_global_t0_t1 / l.nb_repondants_t0_t1 end as delta_moyen_score_global_t0_t1,
    case when l.nb_repondants_t0_t2 >= p.min_denominator then l.somme_delta_score_global_t0_t2 / l.nb_repondants_t0_t2 end as delta_moyen_score_global_t0_t2,
    l.denominateur_faible,
    l.is_suppressed,
    l.valeurs_masquees,
    l.n_operateurs,
    l.source_federations
from lignes as l
cross join parametres as p
left join int_libelles as lr
    on lr.liste = 'region' and lr.code = l.region
left join int_libelles as lt
    on lt.liste = 'type_dispositif' and lt.code = l.type_dispositif
