-- Disclosure-control registration of pub_sorties. Cells: leavers of an exit cohort by region, operator
-- type and filière category (each with its total) and profile breakdown; within each, every outcome
-- as a yes/no split of the leavers (the "no" side is registered too: total minus "yes" is derivable).
-- Dropout reasons split the dropouts, skills validation splits the leavers whose validation is reported.
with agregats as (
    select
        cast(annee_sortie as varchar) as annee,
        case when grouping(region) = 1 then 'TOUS' else region end as region,
        case when grouping(type_dispositif) = 1 then 'TOUS' else type_dispositif end as type_dispositif,
        case when grouping(categorie) = 1 then 'TOUS' else categorie end as categorie,
        dimension,
        modalite,
        operateur_id,
        any_value(federation) as federation,
        sum(nb_sortants) as sortants,
        sum(nb_emploi_sortie) as emploi_sortie_oui,
        sum(nb_sortants - nb_emploi_sortie) as emploi_sortie_non,
        sum(nb_formation_qualifiante_sortie) as formation_qualifiante_sortie_oui,
        sum(nb_sortants - nb_formation_qualifiante_sortie) as formation_qualifiante_sortie_non,
        sum(nb_sortie_positive) as sortie_positive_oui,
        sum(nb_sortants - nb_sortie_positive) as sortie_positive_non,
        sum(nb_abandon) as abandon_oui,
        sum(nb_sortants - nb_abandon) as abandon_non,
        sum(nb_abandon_sante) as abandon_sante,
        sum(nb_abandon_famille) as abandon_famille,
        sum(nb_abandon_financier) as abandon_financier,
        sum(nb_abandon_mobilite) as abandon_mobilite,
        sum(nb_exclusion) as exclusion_oui,
        sum(nb_sortants - nb_exclusion) as exclusion_non,
        sum(nb_emploi_6m) as emploi_6m_oui,
        sum(nb_sortants - nb_emploi_6m) as emploi_6m_non,
        sum(nb_formation_qualifiante_6m) as formation_qualifiante_6m_oui,
        sum(nb_sortants - nb_formation_qualifiante_6m) as formation_qualifiante_6m_non,
        sum(nb_sortie_positive_6m) as sortie_positive_6m_oui,
        sum(nb_sortants - nb_sortie_positive_6m) as sortie_positive_6m_non,
        sum(nb_situation_6m_inconnue) as situation_6m_inconnue_oui,
        sum(nb_sortants - nb_situation_6m_inconnue) as situation_6m_inconnue_non,
        sum(nb_validation_renseignee) as validation_renseignee_oui,
        sum(nb_sortants - nb_validation_renseignee) as validation_renseignee_non,
        sum(nb_validation_competences) as validation_competences_oui,
        sum(nb_validation_renseignee - nb_validation_competences) as validation_competences_non
    from mart_sorties
    -- operator type implies the region: never published across regions
    group by grouping sets (
        (annee_sortie, region, type_dispositif, categorie, dimension, modalite, operateur_id),
        (annee_sortie, region, type_dispositif, dimension, modalite, operateur_id),
        (annee_sortie, region, categorie, dimension, modalite, operateur_id),
        (annee_sortie, region, dimension, modalite, operateur_id),
        (annee_sortie, categorie, dimension, modalite, operateur_id),
        (annee_sortie, dimension, modalite, operateur_id)
    )
),

-- One row per cell: its value, how many operators contribute, the largest contribution and the
-- federations behind it. Each column's figures are aggregated side by side, then turned into rows
-- (cheaper than unpivoting every operator's row first; a column no operator reported gives no cell);
-- federations are OR-ed as bits (sdc_federations), far cheaper than a distinct list per column and cell.
par_colonne as (
    select
        annee, region, type_dispositif, categorie, dimension, modalite,
        struct_pack(
            valeur := sum(columns(* exclude (annee, region, type_dispositif, categorie, dimension, modalite, operateur_id, federation, bit))),
            n_operateurs := count(*) filter (where columns(* exclude (annee, region, type_dispositif, categorie, dimension, modalite, operateur_id, federation, bit)) <> 0),
            contribution_max := max(abs(columns(* exclude (annee, region, type_dispositif, categorie, dimension, modalite, operateur_id, federation, bit)))),
            federations := bit_or(bit) filter (where columns(* exclude (annee, region, type_dispositif, categorie, dimension, modalite, operateur_id, federation, bit)) <> 0)
        )
    from agregats
    join sdc_federations using (federation)
    group by annee, region, type_dispositif, categorie, dimension, modalite
),

cellules as (
    select
        annee, region, type_dispositif, categorie, dimension, modalite, colonne, figures.valeur, figures.n_operateurs, figures.contribution_max,
        list_filter(f.codes, (code, i) -> (figures.federations >> (i - 1)) & 1 = 1) as source_federations
    from (
        unpivot par_colonne
        on columns(* exclude (annee, region, type_dispositif, categorie, dimension, modalite))
        into name colonne value figures
    )
    cross join (select list(federation order by bit) as codes from sdc_federations) as f
    where figures.valeur is not null
),

-- What each column counts: the indicator it publishes (null for a derivable complement), the filters
-- it adds to the row's cell, and the filters dropped to reach its denominator.
indicateurs(colonne, mesure, filtres, denominateur_sans) as (
    values
        ('sortants', 'sortants', map()::map(varchar, varchar), null::varchar[]),
        ('emploi_sortie_oui', 'emploi_sortie', map(['emploi_sortie'], ['OUI']), ['emploi_sortie']),
        ('emploi_sortie_non', null, map(['emploi_sortie'], ['NON']), null),
        ('formation_qualifiante_sortie_oui', 'formation_qualifiante_sortie', map(['formation_qualifiante_sortie'], ['OUI']), ['formation_qualifiante_sortie']),
        ('formation_qualifiante_sortie_non', null, map(['formation_qualifiante_sortie'], ['NON']), null),
        ('sortie_positive_oui', 'sortie_positive', map(['sortie_positive'], ['OUI']), ['sortie_positive']),
        ('sortie_positive_non', null, map(['sortie_positive'], ['NON']), null),
        ('abandon_oui', 'abandon', map(['abandon'], ['OUI']), ['abandon']),
        ('abandon_non', null, map(['abandon'], ['NON']), null),
        ('abandon_sante', 'abandon_sante', map(['abandon', 'motif_abandon'], ['OUI', 'SANTE']), ['abandon', 'motif_abandon']),
        ('abandon_famille', 'abandon_famille', map(['abandon', 'motif_abandon'], ['OUI', 'FAMILLE']), ['abandon', 'motif_abandon']),
        ('abandon_financier', 'abandon_financier', map(['abandon', 'motif_abandon'], ['OUI', 'FINANCIER']), ['abandon', 'motif_abandon']),
        ('abandon_mobilite', 'abandon_mobilite', map(['abandon', 'motif_abandon'], ['OUI', 'MOBILITE']), ['abandon', 'motif_abandon']),
        ('exclusion_oui', 'exclusion', map(['exclusion'], ['OUI']), ['exclusion']),
        ('exclusion_non', null, map(['exclusion'], ['NON']), null),
        ('emploi_6m_oui', 'emploi_6m', map(['emploi_6m'], ['OUI']), ['emploi_6m']),
        ('emploi_6m_non', null, map(['emploi_6m'], ['NON']), null),
        ('formation_qualifiante_6m_oui', 'formation_qualifiante_6m', map(['formation_qualifiante_6m'], ['OUI']), ['formation_qualifiante_6m']),
        ('formation_qualifiante_6m_non', null, map(['formation_qualifiante_6m'], ['NON']), null),
        ('sortie_positive_6m_oui', 'sortie_positive_6m', map(['sortie_positive_6m'], ['OUI']), ['sortie_positive_6m']),
        ('sortie_positive_6m_non', null, map(['sortie_positive_6m'], ['NON']), null),
        ('situation_6m_inconnue_oui', 'situation_6m_inconnue', map(['situation_6m_inconnue'], ['OUI']), ['situation_6m_inconnue']),
        ('situation_6m_inconnue_non', null, map(['situation_6m_inconnue'], ['NON']), null),
        ('validation_renseignee_oui', 'validation_renseignee', map(['validation_renseignee'], ['OUI']), ['validation_renseignee']),
        ('validation_renseignee_non', null, map(['validation_renseignee'], ['NON']), null),
        ('validation_competences_oui', 'validation_competences',
            map(['validation_renseignee', 'validation_competences'], ['OUI', 'OUI']), ['validation_competences']),
        ('validation_competences_non', null, map(['validation_renseignee', 'validation_competences'], ['OUI', 'NON']), null)
)

select
    'pub_sorties' as tableau,
    map(['annee', 'region', 'type_dispositif', 'categorie', 'dimension', 'modalite', 'indicateur'],
        [c.annee, c.region, c.type_dispositif, c.categorie, c.dimension, c.modalite, i.mesure]) as ligne,
    i.mesure,
    'sortants' as population,
    map_concat(
        map(['annee', 'region', 'type_dispositif', 'categorie'], [c.annee, c.region, c.type_dispositif, c.categorie]),
        f.filtres,
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
join int_profil_filtres as f
    on f.dimension = c.dimension
    and f.modalite is not distinct from c.modalite
