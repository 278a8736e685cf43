-- Disclosure-control registration of pub_penurie_stagiaires (contract in marts/README.md). Cells:
-- per year, region and filière sector (each with its total), the hours (magnitudes: only the operator
-- rules apply), the filières and those under the threshold, and the recruitment funnel (person counts).
-- No-shows split the non-entries; the filières under the threshold split the filières.
with agregats as (
    select
        cast(annee as varchar) as annee,
        case when grouping(region) = 1 then 'TOUS' else region end as region,
        case when grouping(secteur) = 1 then 'TOUS' else secteur end as secteur,
        operateur_id,
        any_value(federation) as federation,
        sum(heures_agreees) as heures_agreees,
        sum(heures_prestees) as heures_prestees,
        sum(heures_immunisees) as heures_immunisees,
        sum(heures_sous_seuil) as heures_sous_seuil,
        sum(subvention_a_risque_eur) as subvention_a_risque_eur,
        sum(places_prevues) as places_prevues,
        count(*) as filieres,
        count(*) filter (where sous_seuil) as filieres_sous_seuil_oui,
        count(*) filter (where not coalesce(sous_seuil, false)) as filieres_sous_seuil_non,
        sum(nb_candidatures) as candidatures,
        sum(nb_entrees) as entrees,
        sum(nb_non_entrees) as non_entrees,
        sum(nb_non_presentations) as non_presentations_oui,
        sum(nb_non_entrees - nb_non_presentations) as non_presentations_non
    from mart_penurie_stagiaires
    group by grouping sets (
        (annee, region, secteur, operateur_id),
        (annee, region, operateur_id),
        (annee, secteur, operateur_id),
        (annee, operateur_id)
    )
),

-- One row per cell: its value, how many operators contribute, the largest contribution and the
-- federations behind it. Each column's figures are aggregated side by side, then turned into rows
-- (cheaper than unpivoting every operator's row first; a column no operator reported gives no cell);
-- federations are OR-ed as bits (sdc_federations), far cheaper than a distinct list per column and cell.
par_colonne as (
    select
        annee, region, secteur,
        struct_pack(
            valeur := sum(columns(* exclude (annee, region, secteur, operateur_id, federation, bit))),
            n_operateurs := count(*) filter (where columns(* exclude (annee, region, secteur, operateur_id, federation, bit)) <> 0),
            contribution_max := max(abs(columns(* exclude (annee, region, secteur, operateur_id, federation, bit)))),
            federations := bit_or(bit) filter (where columns(* exclude (annee, region, secteur, operateur_id, federation, bit)) <> 0)
        )
    from agregats
    join sdc_federations using (federation)
    group by annee, region, secteur
),

cellules as (
    select
        annee, region, secteur, colonne, figures.valeur, figures.n_operateurs, figures.contribution_max,
        list_filter(f.codes, (code, i) -> (figures.federations >> (i - 1)) & 1 = 1) as source_federations
    from (
        unpivot par_colonne
        on columns(* exclude (annee, region, secteur))
        into name colonne value figures
    )
    cross join (select list(federation order by bit) as codes from sdc_federations) as f
    where figures.valeur is not null
),

-- What each column counts: the population, whether it is a person count, the filter it adds to the
-- row's cell and the filters dropped to reach its denominator (proportions only).
indicateurs(colonne, mesure, population, nature, filtres, denominateur_sans) as (
    values
        ('heures_agreees', 'heures_agreees', 'heures_agreees', 'grandeur', map()::map(varchar, varchar), null::varchar[]),
        ('heures_prestees', 'heures_prestees', 'heures_prestees', 'grandeur', map(), null),
        ('heures_immunisees', 'heures_immunisees', 'heures_immunisees', 'grandeur', map(), null),
        ('heures_sous_seuil', 'heures_sous_seuil', 'heures_sous_seuil', 'grandeur', map(), null),
        ('subvention_a_risque_eur', 'subvention_a_risque_eur', 'subvention_a_risque_eur', 'grandeur', map(), null),
        ('places_prevues', 'places_prevues', 'places_prevues', 'grandeur', map(), null),
        ('filieres', 'nb_filieres', 'filieres', 'grandeur', map(), null),
        ('filieres_sous_seuil_oui', 'nb_filieres_sous_seuil', 'filieres', 'grandeur', map(['sous_seuil'], ['OUI']), ['sous_seuil']),
        ('filieres_sous_seuil_non', null, 'filieres', 'grandeur', map(['sous_seuil'], ['NON']), null),
        ('candidatures', 'nb_candidatures', 'candidatures', 'personnes', map(), null),
        ('entrees', 'nb_entrees', 'entrees', 'personnes', map(), null),
        ('non_entrees', 'nb_non_entrees', 'non_entrees', 'personnes', map(), null),
        ('non_presentations_oui', 'nb_non_presentations', 'non_entrees', 'personnes', map(['non_presentation'], ['OUI']), ['non_presentation']),
        ('non_presentations_non', null, 'non_entrees', 'personnes', map(['non_presentation'], ['NON']), null)
)

select
    'pub_penurie_stagiaires' as tableau,
    map(['annee', 'region', 'secteur'], [c.annee, c.region, c.secteur]) as ligne,
    i.mesure,
    i.population,
    map_concat(map(['annee', 'region', 'secteur'], [c.annee, c.region, c.secteur]), i.filtres) as cellule,
    i.denominateur_sans,
    i.nature,
    cast(c.valeur as double) as valeur,
    c.n_operateurs,
    cast(c.contribution_max as double) as contribution_max,
    c.source_federations
from cellules as c
join indicateurs as i
    on i.colonne = c.colonne
