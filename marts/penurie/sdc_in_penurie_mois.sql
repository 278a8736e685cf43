-- Disclosure-control registration of pub_penurie_recrutement_mois (contract in marts/README.md).
-- Cells: candidates, entries and non-entries (split into no-shows and others) per year, month (or the
-- whole year), region, training-site arrondissement (or the whole region) and sector (or all). The
-- arrondissement always carries its region, so a year × region × sector cell here is the same cell
-- as in pub_penurie_stagiaires and is suppressed alike.
with agregats as (
    select
        cast(annee as varchar) as annee,
        case when grouping(mois) = 1 then 'TOUS' else strftime(mois, '%Y-%m') end as mois,
        region,
        case when grouping(arrondissement_lieu) = 1 then 'TOUS' else arrondissement_lieu end as arrondissement,
        case when grouping(secteur) = 1 then 'TOUS' else secteur end as secteur,
        operateur_id,
        any_value(federation) as federation,
        sum(nb_candidatures) as candidatures,
        sum(nb_entrees) as entrees,
        sum(nb_non_entrees) as non_entrees,
        sum(nb_ne_se_presente_pas) as non_presentations_oui,
        sum(nb_non_entrees - nb_ne_se_presente_pas) as non_presentations_non
    from int_recrutement_filiere_mois
    group by grouping sets (
        (annee, mois, region, arrondissement_lieu, secteur, operateur_id),
        (annee, mois, region, arrondissement_lieu, operateur_id),
        (annee, mois, region, secteur, operateur_id),
        (annee, mois, region, operateur_id),
        (annee, region, arrondissement_lieu, secteur, operateur_id),
        (annee, region, arrondissement_lieu, operateur_id),
        (annee, region, secteur, operateur_id),
        (annee, region, operateur_id)
    )
),

-- One row per cell: its value, how many operators contribute, the largest contribution and the
-- federations behind it. Each column's figures are aggregated side by side, then turned into rows
-- (cheaper than unpivoting every operator's row first; a column no operator reported gives no cell);
-- federations are OR-ed as bits (sdc_federations), far cheaper than a distinct list per column and cell.
par_colonne as (
    select
        annee, mois, region, arrondissement, secteur,
        struct_pack(
            valeur := sum(columns(* exclude (annee, mois, region, arrondissement, secteur, operateur_id, federation, bit))),
            n_operateurs := count(*) filter (where columns(* exclude (annee, mois, region, arrondissement, secteur, operateur_id, federation, bit)) <> 0),
            contribution_max := max(abs(columns(* exclude (annee, mois, region, arrondissement, secteur, operateur_id, federation, bit)))),
            federations := bit_or(bit) filter (where columns(* exclude (annee, mois, region, arrondissement, secteur, operateur_id, federation, bit)) <> 0)
        )
    from agregats
    join sdc_federations using (federation)
    group by annee, mois, region, arrondissement, secteur
),

cellules as (
    select
        annee, mois, region, arrondissement, secteur, colonne, figures.valeur, figures.n_operateurs, figures.contribution_max,
        list_filter(f.codes, (code, i) -> (figures.federations >> (i - 1)) & 1 = 1) as source_federations
    from (
        unpivot par_colonne
        on columns(* exclude (annee, mois, region, arrondissement, secteur))
        into name colonne value figures
    )
    cross join (select list(federation order by bit) as codes from sdc_federations) as f
    where figures.valeur is not null
),

indicateurs(colonne, mesure, population, filtres, denominateur_sans) as (
    values
        ('candidatures', 'nb_candidatures', 'candidatures', map()::map(varchar, varchar), null::varchar[]),
        ('entrees', 'nb_entrees', 'entrees', map(), null),
        ('non_entrees', 'nb_non_entrees', 'non_entrees', map(), null),
        ('non_presentations_oui', 'nb_non_presentations', 'non_entrees', map(['non_presentation'], ['OUI']), ['non_presentation']),
        ('non_presentations_non', null, 'non_entrees', map(['non_presentation'], ['NON']), null)
)

select
    'pub_penurie_recrutement_mois' as tableau,
    map(['annee', 'mois', 'region', 'arrondissement', 'secteur'],
        [c.annee, c.mois, c.region, c.arrondissement, c.secteur]) as ligne,
    i.mesure,
    i.population,
    map_concat(
        map(['annee', 'mois', 'region', 'arrondissement', 'secteur'], [c.annee, c.mois, c.region, c.arrondissement, c.secteur]),
        i.filtres) as cellule,
    i.denominateur_sans,
    'personnes' as nature,
    cast(c.valeur as double) as valeur,
    c.n_operateurs,
    cast(c.contribution_max as double) as contribution_max,
    c.source_federations
from cellules as c
join indicateurs as i
    on i.colonne = c.colonne
