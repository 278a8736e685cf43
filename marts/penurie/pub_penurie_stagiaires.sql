-- Published recruitment-shortage figures (after disclosure control), per year × region × filière
-- sector, 'TOUS' rows being totals: hours agreed / delivered / immunised, realisation rate (with and
-- without immunised hours), filières under the threshold, subsidy at risk, the recruitment funnel,
-- fill rate, candidates per place, share of no-shows (Wilson 95 % interval) and indices 2019 = 100.
-- A ratio is shown only when both its terms are; hidden values are null.
with valeurs as (
    select
        cast(ligne['annee'] as integer) as annee,
        ligne['region'] as region,
        ligne['secteur'] as secteur,
        *
    from sdc_publication
    where tableau = 'pub_penurie_stagiaires'
),

lignes as (
    select
        annee,
        region,
        secteur,
        max(valeur_publiee) filter (where mesure = 'heures_agreees') as heures_agreees,
        max(valeur_publiee) filter (where mesure = 'heures_prestees') as heures_prestees,
        max(valeur_publiee) filter (where mesure = 'heures_immunisees') as heures_immunisees,
        max(valeur_publiee) filter (where mesure = 'heures_sous_seuil') as heures_sous_seuil,
        max(valeur_publiee) filter (where mesure = 'subvention_a_risque_eur') as subvention_a_risque_eur,
        max(valeur_publiee) filter (where mesure = 'places_prevues') as places_prevues,
        max(valeur_publiee) filter (where mesure = 'nb_filieres') as nb_filieres,
        max(valeur_publiee) filter (where mesure = 'nb_filieres_sous_seuil') as nb_filieres_sous_seuil,
        max(part) filter (where mesure = 'nb_filieres_sous_seuil') as part_filieres_sous_seuil,
        max(valeur_publiee) filter (where mesure = 'nb_candidatures') as nb_candidatures,
        max(valeur_publiee) filter (where mesure = 'nb_entrees') as nb_entrees,
        max(valeur_publiee) filter (where mesure = 'nb_non_entrees') as nb_non_entrees,
        max(valeur_publiee) filter (where mesure = 'nb_non_presentations') as nb_non_presentations,
        max(part) filter (where mesure = 'nb_non_presentations') as part_non_presentation,
        max(part_ic95_bas) filter (where mesure = 'nb_non_presentations') as part_non_presentation_ic95_bas,
        max(part_ic95_haut) filter (where mesure = 'nb_non_presentations') as part_non_presentation_ic95_haut,
        bool_or(denominateur_faible) filter (where mesure = 'nb_non_presentations') as part_non_presentation_denominateur_faible,
        bool_or(est_masque or coalesce(part_masquee, false)) as is_suppressed,
        list_sort(list(mesure) filter (where est_masque or coalesce(part_masquee, false))) as valeurs_masquees,
        max(n_operateurs) as n_operateurs,
        list_sort(list_distinct(flatten(list(source_federations)))) as source_federations
    from valeurs
    group by annee, region, secteur
)

select
    l.annee,
    l.region,
    case when l.region = 'TOUS' then 'Total' else lr.libelle_fr end as region_libelle,
    l.secteur,
    case when l.secteur = 'TOUS' then 'Total' else ls.libelle_fr end as secteur_libelle,
    l.heures_agreees,
    l.heures_prestees,
    l.heures_immunisees,
    l.heures_prestees / nullif(l.heures_agreees, 0) as taux_realisation,
    (l.heures_prestees + l.heures_immunisees) / nullif(l.heures_agreees, 0) as taux_realisation_avec_immunisation,
    cast(l.nb_filieres as bigint) as nb_filieres,
    cast(l.nb_filieres_sous_seuil as bigint) as nb_filieres_sous_seuil,
    l.part_filieres_sous_seuil,
    l.heures_sous_seuil,
    l.subvention_a_risque_eur,
    l.places_prevues,
    cast(l.nb_candidatures as bigint) as nb_candidatures,
    cast(l.nb_entrees as bigint) as nb_entrees,
    l.nb_entrees / nullif(l.places_prevues, 0) as taux_remplissage,
    l.nb_candidatures / nullif(l.places_prevues, 0) as candidats_par_place,
    cast(l.nb_non_entrees as bigint) as nb_non_entrees,
    cast(l.nb_non_presentations as bigint) as nb_non_presentations,
    l.part_non_presentation,
    l.part_non_presentation_ic95_bas,
    l.part_non_presentation_ic95_haut,
    l.part_non_presentation_denominateur_faible,
    100 * l.nb_candidatures / nullif(b.nb_candidatures, 0) as indice_candidatures_2019,
    100 * l.nb_entrees / nullif(b.nb_entrees, 0) as indice_entrees_2019,
    100 * l.heures_prestees / nullif(b.heures_prestees, 0) as indice_heures_prestees_2019,
    l.is_suppressed,
    l.valeurs_masquees,
    l.n_operateurs,
    l.source_federations
from lignes as l
left join lignes as b
    on b.annee = 2019
    and b.region = l.region
    and b.secteur = l.secteur
left join int_libelles as lr
    on lr.liste = 'region' and lr.code = l.region
left join int_libelles as ls
    on ls.liste = 'secteur' and ls.code = l.secteur
