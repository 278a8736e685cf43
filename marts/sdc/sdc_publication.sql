-- Disclosure control, step 3: every published value with its decision, ready for the pub_* tables to
-- pivot back into rows. A proportion (a cell over its denominator cell) is computed here, once for all
-- tables: hidden when its numerator or denominator is hidden or, for people, when the denominator is
-- below min_denominator. Proportions of people also get their Wilson 95 % interval and a flag when the
-- denominator is too small to compare (stats.denominateur_comparable); a share of magnitudes (acts,
-- filières) gets neither, its units not being independent trials. A zero denominator gives no
-- proportion (nothing is hidden: there is nothing to show).
with parametres as (
    select
        max(valeur) filter (where parametre = 'privacy.min_denominator') as min_denominator,
        max(valeur) filter (where parametre = 'stats.denominateur_comparable') as denominateur_comparable,
        max(valeur) filter (where parametre = 'stats.z_95') as z
    from pipeline_parametres
),

valeurs as (
    select
        c.tableau,
        c.ligne,
        c.mesure,
        c.cle,
        c.nature,
        c.valeur,
        c.n_operateurs,
        c.source_federations,
        d.est_masque,
        d.motif_masque,
        c.cle_denominateur,
        den.valeur as denominateur,
        den.est_masque as denominateur_masque
    from sdc_cellules as c
    join sdc_decisions as d
        on d.cle = c.cle
    left join sdc_decisions as den
        on den.cle = c.cle_denominateur
    where c.mesure is not null
),

proportions as (
    select
        v.*,
        v.cle_denominateur is not null as est_proportion,
        v.cle_denominateur is not null and coalesce(v.denominateur, 0) <> 0 and (
            v.est_masque
            or v.denominateur_masque
            or (v.nature = 'personnes' and v.denominateur < p.min_denominator)
        ) as part_masquee,
        case when v.denominateur <> 0 then v.valeur / v.denominateur end as part_brute,
        p.z,
        p.denominateur_comparable
    from valeurs as v
    cross join parametres as p
)

select
    tableau,
    ligne,
    mesure,
    cle,
    nature,
    case when not est_masque then valeur end as valeur_publiee,
    est_masque,
    motif_masque,
    n_operateurs,
    source_federations,
    est_proportion,
    case when est_proportion and not coalesce(denominateur_masque, true) then denominateur end as denominateur,
    part_masquee,
    case when est_proportion and not part_masquee then part_brute end as part,
    -- Wilson score interval, people only
    -- centre (p + z²/2n) / (1 + z²/n), half-width z/(1 + z²/n) · √(p(1-p)/n + z²/4n²)
    case when est_proportion and not part_masquee and nature = 'personnes' then
        ((part_brute + z * z / (2 * denominateur))
            - z * sqrt(part_brute * (1 - part_brute) / denominateur + z * z / (4 * denominateur * denominateur)))
        / (1 + z * z / denominateur)
    end as part_ic95_bas,
    case when est_proportion and not part_masquee and nature = 'personnes' then
        ((part_brute + z * z / (2 * denominateur))
            + z * sqrt(part_brute * (1 - part_brute) / denominateur + z * z / (4 * denominateur * denominateur)))
        / (1 + z * z / denominateur)
    end as part_ic95_haut,
    case when est_proportion and not part_masquee and nature = 'personnes' then denominateur < denominateur_comparable end as denominateur_faible
from proportions
