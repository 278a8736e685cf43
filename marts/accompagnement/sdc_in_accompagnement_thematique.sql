-- Disclosure-control registration of pub_accompagnement_thematique (contract in marts/README.md).
-- Cells per entry year and region (with the all-regions total) and theme: the accompanied trainees
-- split into those who had at least one act on the theme and the others (a trainee has several themes,
-- so each theme is its own split), and the acts of the theme (themes split the acts). The parents
-- (accompanied trainees, all acts) are the cells pub_accompagnement shows for all operator types.
with themes as (
    select code as thematique
    from ref_codes
    where liste = 'thematique'
),

operateurs as (
    select
        s.annee,
        s.region,
        s.operateur_id,
        any_value(s.federation) as federation,
        t.thematique,
        count(*) filter (where s.est_accompagne and list_contains(s.thematiques, t.thematique)) as thematique_oui,
        count(*) filter (where s.est_accompagne and not list_contains(s.thematiques, t.thematique)) as thematique_non
    from mart_accompagnement_stagiaire as s
    cross join themes as t
    group by s.annee, s.region, s.operateur_id, t.thematique
),

actes as (
    select annee, operateur_id, thematique, sum(nb_actes) as actes
    from mart_accompagnement
    group by annee, operateur_id, thematique
),

agregats as (
    select
        cast(o.annee as varchar) as annee,
        case when grouping(o.region) = 1 then 'TOUS' else o.region end as region,
        o.thematique,
        o.operateur_id,
        any_value(o.federation) as federation,
        sum(o.thematique_oui) as thematique_oui,
        sum(o.thematique_non) as thematique_non,
        sum(coalesce(a.actes, 0)) as actes
    from operateurs as o
    left join actes as a
        on a.annee = o.annee
        and a.operateur_id = o.operateur_id
        and a.thematique = o.thematique
    group by grouping sets (
        (o.annee, o.region, o.thematique, o.operateur_id),
        (o.annee, o.thematique, o.operateur_id)
    )
),

-- One row per cell: its value, how many operators contribute, the largest contribution and the
-- federations behind it. Each column's figures are aggregated side by side, then turned into rows
-- (cheaper than unpivoting every operator's row first; a column no operator reported gives no cell);
-- federations are OR-ed as bits (sdc_federations), far cheaper than a distinct list per column and cell.
par_colonne as (
    select
        annee, region, thematique,
        struct_pack(
            valeur := sum(columns(['thematique_oui', 'thematique_non', 'actes'])),
            n_operateurs := count(*) filter (where columns(['thematique_oui', 'thematique_non', 'actes']) <> 0),
            contribution_max := max(abs(columns(['thematique_oui', 'thematique_non', 'actes']))),
            federations := bit_or(bit) filter (where columns(['thematique_oui', 'thematique_non', 'actes']) <> 0)
        )
    from agregats
    join sdc_federations using (federation)
    group by annee, region, thematique
),

cellules as (
    select
        annee, region, thematique, colonne, figures.valeur, figures.n_operateurs, figures.contribution_max,
        list_filter(f.codes, (code, i) -> (figures.federations >> (i - 1)) & 1 = 1) as source_federations
    from (
        unpivot par_colonne
        on columns(* exclude (annee, region, thematique))
        into name colonne value figures
    )
    cross join (select list(federation order by bit) as codes from sdc_federations) as f
    where figures.valeur is not null
)

select
    'pub_accompagnement_thematique' as tableau,
    map(['annee', 'region', 'thematique'], [c.annee, c.region, c.thematique]) as ligne,
    case c.colonne
        when 'thematique_oui' then 'nb_stagiaires_thematique'
        when 'actes' then 'nb_actes_thematique'
    end as mesure,
    case when c.colonne = 'actes' then 'actes' else 'stagiaires' end as population,
    case c.colonne
        when 'actes' then map(['annee', 'region', 'thematique'], [c.annee, c.region, c.thematique])
        else map(['annee', 'region', 'accompagne', 'thematique_' || lower(c.thematique)],
            [c.annee, c.region, 'OUI', case when c.colonne = 'thematique_oui' then 'OUI' else 'NON' end])
    end as cellule,
    case c.colonne
        when 'thematique_oui' then ['thematique_' || lower(c.thematique)]
        when 'actes' then ['thematique']
    end as denominateur_sans,
    case when c.colonne = 'actes' then 'grandeur' else 'personnes' end as nature,
    cast(c.valeur as double) as valeur,
    c.n_operateurs,
    cast(c.contribution_max as double) as contribution_max,
    c.source_federations
from cellules as c
