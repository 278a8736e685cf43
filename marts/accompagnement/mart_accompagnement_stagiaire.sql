-- Internal trainee-level summary of psychosocial support and of the impact survey: one row per
-- parcours with its acts, hours, themes and referrals, and its survey scores at T0, T1 and T2 with the
-- deltas from T0. The building block of the accompaniment marts; never published as such.
with actes as (
    select
        parcours_id,
        count(*) as nb_actes,
        sum(duree_min) / 60.0 as heures_accompagnement,
        count(distinct thematique) as nb_thematiques,
        list_sort(list(distinct thematique)) as thematiques,
        count(*) filter (where est_orientation) as nb_orientations
    from stg_accompagnement_acte
    group by parcours_id
),

reponses as (
    select
        parcours_id,
        vague,
        estime_soi,
        (estime_soi + bien_etre_physique + reseau_social + connaissance_services
            + autonomie_mobilite + usage_numerique + confiance_projet_pro) / 7.0 as score_global,
        nb_problemes_importants
    from stg_questionnaire_impact
),

enquete as (
    select
        parcours_id,
        max(estime_soi) filter (where vague = 'T0') as estime_soi_t0,
        max(estime_soi) filter (where vague = 'T1') as estime_soi_t1,
        max(estime_soi) filter (where vague = 'T2') as estime_soi_t2,
        max(score_global) filter (where vague = 'T0') as score_global_t0,
        max(score_global) filter (where vague = 'T1') as score_global_t1,
        max(score_global) filter (where vague = 'T2') as score_global_t2,
        max(nb_problemes_importants) filter (where vague = 'T0') as nb_problemes_importants_t0
    from reponses
    group by parcours_id
)

select
    p.parcours_id,
    p.annee,
    p.region,
    p.federation,
    p.operateur_id,
    coalesce(p.type_dispositif, 'NON_RENSEIGNE') as type_dispositif,
    p.groupe_statut,
    p.est_sortie,
    coalesce(a.nb_actes, 0) as nb_actes,
    coalesce(a.heures_accompagnement, 0) as heures_accompagnement,
    coalesce(a.nb_thematiques, 0) as nb_thematiques,
    coalesce(a.thematiques, []) as thematiques,
    coalesce(a.nb_orientations, 0) as nb_orientations,
    a.parcours_id is not null as est_accompagne,
    coalesce(a.nb_thematiques, 0) >= 3 as est_multi_problematiques,
    coalesce(a.nb_orientations, 0) > 0 as est_oriente,
    e.estime_soi_t0 is not null as repondu_t0,
    e.estime_soi_t1 is not null as repondu_t1,
    e.estime_soi_t2 is not null as repondu_t2,
    e.estime_soi_t0,
    e.estime_soi_t1,
    e.estime_soi_t2,
    e.score_global_t0,
    e.score_global_t1,
    e.score_global_t2,
    e.nb_problemes_importants_t0,
    e.estime_soi_t1 - e.estime_soi_t0 as delta_estime_soi_t0_t1,
    e.estime_soi_t2 - e.estime_soi_t0 as delta_estime_soi_t0_t2,
    e.score_global_t1 - e.score_global_t0 as delta_score_global_t0_t1,
    e.score_global_t2 - e.score_global_t0 as delta_score_global_t0_t2
from int_parcours as p
left join actes as a
    on a.parcours_id = p.parcours_id
left join enquete as e
    on e.parcours_id = p.parcours_id
