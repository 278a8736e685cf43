-- Disclosure-control registration of pub_ressources (contract in marts/README.md). Every cell is a
-- magnitude summed over operators (FTE, hours, euros, partnerships) per year, region and operator
-- family, with totals: only the operator rules apply (at least min_operators, none above
-- max_dominance), which is what protects one centre's accounts. Spending is also summed over the
-- operators that delivered training hours, the numerator of the cost per hour.
with agregats as (
    select
        cast(annee as varchar) as annee,
        case when grouping(region) = 1 then 'TOUS' else region end as region,
        case when grouping(famille_dispositif) = 1 then 'TOUS' else coalesce(famille_dispositif, 'NON_RENSEIGNE') end as famille_dispositif,
        operateur_id,
        any_value(federation) as federation,
        sum(etp_formateur) as etp_formateur,
        sum(etp_ipsp) as etp_ipsp,
        sum(etp_encadrant_technique) as etp_encadrant_technique,
        sum(etp_direction) as etp_direction,
        sum(etp_admin) as etp_admin,
        sum(etp_total) as etp_total,
        sum(heures_formation_personnel) as heures_formation_personnel,
        sum(depenses_totales) as depenses_totales,
        sum(subvention_regionale) as subvention_regionale,
        sum(ape_ou_aides_emploi) as ape_ou_aides_emploi,
        sum(fse) as fse,
        sum(recettes_production) as recettes_production,
        sum(autres_recettes) as autres_recettes,
        sum(nb_partenariats) as nb_partenariats,
        sum(heures_prestees) as heures_prestees,
        sum(depenses_totales) filter (where heures_prestees > 0) as depenses_operateurs_formation
    from mart_ressources
    group by grouping sets (
        (annee, region, famille_dispositif, operateur_id),
        (annee, region, operateur_id),
        (annee, operateur_id)
    )
),

-- One row per cell: its value, how many operators contribute, the largest contribution and the
-- federations behind it. Each column's figures are aggregated side by side, then turned into rows
-- (cheaper than unpivoting every operator's row first; a column no operator reported gives no cell);
-- federations are OR-ed as bits (sdc_federations), far cheaper than a distinct list per column and cell.
par_colonne as (
    select
        annee, region, famille_dispositif,
        struct_pack(
            valeur := sum(columns(* exclude (annee, region, famille_dispositif, operateur_id, federation, bit))),
            n_operateurs := count(*) filter (where columns(* exclude (annee, region, famille_dispositif, operateur_id, federation, bit)) <> 0),
            contribution_max := max(abs(columns(* exclude (annee, region, famille_dispositif, operateur_id, federation, bit)))),
            federations := bit_or(bit) filter (where columns(* exclude (annee, region, famille_dispositif, operateur_id, federation, bit)) <> 0)
        )
    from agregats
    join sdc_federations using (federation)
    group by annee, region, famille_dispositif
),

cellules as (
    select
        annee, region, famille_dispositif, colonne, figures.valeur, figures.n_operateurs, figures.contribution_max,
        list_filter(f.codes, (code, i) -> (figures.federations >> (i - 1)) & 1 = 1) as source_federations
    from (
        unpivot par_colonne
        on columns(* exclude (annee, region, famille_dispositif))
        into name colonne value figures
    )
    cross join (select list(federation order by bit) as codes from sdc_federations) as f
    where figures.valeur is not null
)

select
    'pub_ressources' as tableau,
    map(['annee', 'region', 'famille_dispositif'], [annee, region, famille_dispositif]) as ligne,
    colonne as mesure,
    -- the operators that reported their resources, not every operator: the delivered hours here are
    -- not the hours of pub_penurie_stagiaires when a resources row is missing, so not the same cell
    'operateurs_ressources.' || colonne as population,
    map(['annee', 'region', 'famille_dispositif'], [annee, region, famille_dispositif]) as cellule,
    null::varchar[] as denominateur_sans,
    'grandeur' as nature,
    cast(valeur as double) as valeur,
    n_operateurs,
    cast(contribution_max as double) as contribution_max,
    source_federations
from cellules
