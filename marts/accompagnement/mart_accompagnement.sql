-- Internal (unsuppressed) psychosocial support per operator, year and theme: how many of the
-- operator's trainees were accompanied on the theme, acts, hours and referrals, next to the operator's
-- totals and its IPSP staff (FTE per 100 trainees). pub_accompagnement and
-- pub_accompagnement_thematique are the sector views after disclosure control.
with operateur_annee as (
    select
        annee,
        operateur_id,
        any_value(federation) as federation,
        any_value(region) as region,
        any_value(type_dispositif) as type_dispositif,
        count(*) as nb_stagiaires,
        count(*) filter (where est_accompagne) as nb_stagiaires_accompagnes,
        count(*) filter (where est_multi_problematiques) as nb_stagiaires_multi_problematiques,
        count(*) filter (where est_oriente) as nb_stagiaires_orientes
    from mart_accompagnement_stagiaire
    group by annee, operateur_id
),

thematique as (
    select
        p.annee,
        p.operateur_id,
        a.thematique,
        count(distinct a.parcours_id) as nb_stagiaires_thematique,
        count(*) as nb_actes,
        sum(a.duree_min) / 60.0 as heures_accompagnement,
        count(*) filter (where a.est_orientation) as nb_orientations
    from stg_accompagnement_acte as a
    join int_parcours as p
        on p.parcours_id = a.parcours_id
    group by p.annee, p.operateur_id, a.thematique
)

select
    o.annee,
    o.operateur_id,
    o.federation,
    o.region,
    o.type_dispositif,
    t.thematique,
    t.nb_stagiaires_thematique,
    t.nb_stagiaires_thematique / nullif(o.nb_stagiaires_accompagnes, 0) as part_accompagnes_thematique,
    t.nb_actes,
    t.heures_accompagnement,
    t.nb_orientations,
    o.nb_stagiaires,
    o.nb_stagiaires_accompagnes,
    o.nb_stagiaires_accompagnes / o.nb_stagiaires as part_stagiaires_accompagnes,
    o.nb_stagiaires_multi_problematiques,
    o.nb_stagiaires_orientes,
    r.etp_ipsp,
    100 * r.etp_ipsp / o.nb_stagiaires as etp_ipsp_pour_100_stagiaires
from operateur_annee as o
join thematique as t
    on t.annee = o.annee
    and t.operateur_id = o.operateur_id
left join stg_ressources_operateur_annee as r
    on r.operateur_id = o.operateur_id
    and r.annee = o.annee
