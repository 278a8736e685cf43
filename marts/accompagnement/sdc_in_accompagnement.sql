-- Disclosure-control registration of pub_accompagnement (contract in marts/README.md). Cells per
-- entry year, region and operator type (with totals): trainees, accompanied trainees (a split of the
-- trainees), multi-problem and referred trainees (splits of the accompanied), survey respondents at T0
-- (a split of the trainees) and those of them who answered again at T1 and T2 (splits of the T0
-- respondents); acts, hours, IPSP FTE and the sums of survey deltas are magnitudes.
with operateurs as (
    select
        s.annee,
        s.region,
        s.type_dispositif,
        s.operateur_id,
        any_value(s.federation) as federation,
        count(*) as stagiaires,
        count(*) filter (where s.est_accompagne) as accompagnes_oui,
        count(*) filter (where not s.est_accompagne) as accompagnes_non,
        count(*) filter (where s.est_multi_problematiques) as multi_oui,
        count(*) filter (where s.est_accompagne and not s.est_multi_problematiques) as multi_non,
        count(*) filter (where s.est_oriente) as orientes_oui,
        count(*) filter (where s.est_accompagne and not s.est_oriente) as orientes_non,
        count(*) filter (where s.repondu_t0) as repondu_t0_oui,
        count(*) filter (where not s.repondu_t0) as repondu_t0_non,
        count(*) filter (where s.repondu_t0 and s.repondu_t1) as paire_t1_oui,
        count(*) filter (where s.repondu_t0 and not s.repondu_t1) as paire_t1_non,
        count(*) filter (where s.repondu_t0 and s.repondu_t2) as paire_t2_oui,
        count(*) filter (where s.repondu_t0 and not s.repondu_t2) as paire_t2_non,
        sum(s.nb_actes) as actes,
        sum(s.heures_accompagnement) as heures_accompagnement,
        coalesce(sum(s.delta_estime_soi_t0_t1), 0) as somme_delta_estime_soi_t0_t1,
        coalesce(sum(s.delta_estime_soi_t0_t2), 0) as somme_delta_estime_soi_t0_t2,
        coalesce(sum(s.delta_score_global_t0_t1), 0) as somme_delta_score_global_t0_t1,
        coalesce(sum(s.delta_score_global_t0_t2), 0) as somme_delta_score_global_t0_t2
    from mart_accompagnement_stagiaire as s
    group by s.annee, s.region, s.type_dispositif, s.operateur_id
),

agregats as (
    select
        cast(o.annee as varchar) as annee,
        case when grouping(o.region) = 1 then 'TOUS' else o.region end as region,
        case when grouping(o.type_dispositif) = 1 then 'TOUS' else o.type_dispositif end as type_dispositif,
        o.operateur_id,
        any_value(o.federation) as federation,
        sum(o.stagiaires) as stagiaires,
        sum(o.accompagnes_oui) as accompagnes_oui,
        sum(o.accompagnes_non) as accompagnes_non,
        sum(o.multi_oui) as multi_oui,
        sum(o.multi_non) as multi_non,
        sum(o.orientes_oui) as orientes_oui,
        sum(o.orientes_non) as orientes_non,
        sum(o.repondu_t0_oui) as repondu_t0_oui,
        sum(o.repondu_t0_non) as repondu_t0_non,
        sum(o.paire_t1_oui) as paire_t1_oui,
        sum(o.paire_t1_non) as paire_t1_non,
        sum(o.paire_t2_oui) as paire_t2_oui,
        sum(o.paire_t2_non) as paire_t2_non,
        sum(o.actes) as actes,
        sum(o.heures_accompagnement) as heures_accompagnement,
        sum(coalesce(r.etp_ipsp, 0)) as etp_ipsp,
        sum(o.somme_delta_estime_soi_t0_t1) as somme_delta_estime_soi_t0_t1,
        sum(o.somme_delta_estime_soi_t0_t2) as somme_delta_estime_soi_t0_t2,
        sum(o.somme_delta_score_global_t0_t1) as somme_delta_score_global_t0_t1,
        sum(o.somme_delta_score_global_t0_t2) as somme_delta_score_global_t0_t2
    from operateurs as o
    left join stg_ressources_operateur_annee as r
        on r.operateur_id = o.operateur_id
        and r.annee = o.annee
    -- operator type implies the region: never published across regions
    group by grouping sets (
        (o.annee, o.region, o.type_dispositif, o.operateur_id),
        (o.annee, o.region, o.operateur_id),
        (o.annee, o.operateur_id)
    )
),

-- One row per cell: its value, how many operators contribute, the largest contribution and the
-- federations behind it. Each column's figures are aggregated side by side, then turned into rows
-- (cheaper than unpivoting every operator's row first; a column no operator reported gives no cell);
-- federations are OR-ed as bits (sdc_federations), far cheaper than a distinct list per column and cell.
par_colonne as (
    select
        annee, region, type_dispositif,
        struct_pack(
            valeur := sum(columns(* exclude (annee, region, type_dispositif, operateur_id, federation, bit))),
            n_operateurs := count(*) filter (where columns(* exclude (annee, region, type_dispositif, operateur_id, federation, bit)) <> 0),
            contribution_max := max(abs(columns(* exclude (annee, region, type_dispositif, operateur_id, federation, bit)))),
            federations := bit_or(bit) filter (where columns(* exclude (annee, region, type_dispositif, operateur_id, federation, bit)) <> 0)
        )
    from agregats
    join sdc_federations using (federation)
    group by annee, region, type_dispositif
),

cellules as (
    select
        annee, region, type_dispositif, colonne, figures.valeur, figures.n_operateurs, figures.contribution_max,
        list_filter(f.codes, (code, i) -> (figures.federations >> (i - 1)) & 1 = 1) as source_federations
    from (
        unpivot par_colonne
        on columns(* exclude (annee, region, type_dispositif))
        into name colonne value figures
    )
    cross join (select list(federation order by bit) as codes from sdc_federations) as f
    where figures.valeur is not null
),

indicateurs(colonne, mesure, population, nature, filtres, denominateur_sans) as (
    values
        ('stagiaires', 'nb_stagiaires', 'stagiaires', 'personnes', map()::map(varchar, varchar), null::varchar[]),
        ('accompagnes_oui', 'nb_stagiaires_accompagnes', 'stagiaires', 'personnes', map(['accompagne'], ['OUI']), ['accompagne']),
        ('accompagnes_non', null, 'stagiaires', 'personnes', map(['accompagne'], ['NON']), null),
        ('multi_oui', 'nb_stagiaires_multi_problematiques', 'stagiaires', 'personnes',
            map(['accompagne', 'multi_problematiques'], ['OUI', 'OUI']), ['multi_problematiques']),
        ('multi_non', null, 'stagiaires', 'personnes', map(['accompagne', 'multi_problematiques'], ['OUI', 'NON']), null),
        ('orientes_oui', 'nb_stagiaires_orientes', 'stagiaires', 'personnes', map(['accompagne', 'oriente'], ['OUI', 'OUI']), ['oriente']),
        ('orientes_non', null, 'stagiaires', 'personnes', map(['accompagne', 'oriente'], ['OUI', 'NON']), null),
        ('repondu_t0_oui', 'nb_repondants_t0', 'stagiaires', 'personnes', map(['repondu_t0'], ['OUI']), ['repondu_t0']),
        ('repondu_t0_non', null, 'stagiaires', 'personnes', map(['repondu_t0'], ['NON']), null),
        ('paire_t1_oui', 'nb_repondants_t0_t1', 'stagiaires', 'personnes', map(['repondu_t0', 'repondu_t1'], ['OUI', 'OUI']), ['repondu_t1']),
        ('paire_t1_non', null, 'stagiaires', 'personnes', map(['repondu_t0', 'repondu_t1'], ['OUI', 'NON']), null),
        ('paire_t2_oui', 'nb_repondants_t0_t2', 'stagiaires', 'personnes', map(['repondu_t0', 'repondu_t2'], ['OUI', 'OUI']), ['repondu_t2']),
        ('paire_t2_non', null, 'stagiaires', 'personnes', map(['repondu_t0', 'repondu_t2'], ['OUI', 'NON']), null),
        ('actes', 'nb_actes', 'actes', 'grandeur', map(), null),
        ('heures_accompagnement', 'heures_accompagnement', 'heures_accompagnement', 'grandeur', map(), null),
        ('etp_ipsp', 'etp_ipsp', 'etp_ipsp_operateurs_formation', 'grandeur', map(), null),
        ('somme_delta_estime_soi_t0_t1', 'somme_delta_estime_soi_t0_t1', 'somme_delta_estime_soi_t0_t1', 'grandeur', map(), null),
        ('somme_delta_estime_soi_t0_t2', 'somme_delta_estime_soi_t0_t2', 'somme_delta_estime_soi_t0_t2', 'grandeur', map(), null),
        ('somme_delta_score_global_t0_t1', 'somme_delta_score_global_t0_t1', 'somme_delta_score_global_t0_t1', 'grandeur', map(), null),
        ('somme_delta_score_global_t0_t2', 'somme_delta_score_global_t0_t2', 'somme_delta_score_global_t0_t2', 'grandeur', map(), null)
)

select
    'pub_accompagnement' as tableau,
    map(['annee', 'region', 'type_dispositif'], [c.annee, c.region, c.type_dispositif]) as ligne,
    i.mesure,
    i.population,
    map_concat(map(['annee', 'region', 'type_dispositif'], [c.annee, c.region, c.type_dispositif]), i.filtres) as cellule,
    i.denominateur_sans,
    i.nature,
    cast(c.valeur as double) as valeur,
    c.n_operateurs,
    cast(c.contribution_max as double) as contribution_max,
    c.source_federations
from cellules as c
join indicateurs as i
    on i.colonne = c.colonne
