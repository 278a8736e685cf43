-- Published monthly recruitment (after disclosure control) per year × month × region × training-site
-- arrondissement × filière sector; 'TOUS' rows are totals (mois = 'TOUS' for the whole year). Candidates,
-- entries, non-entries, share of no-shows with its Wilson 95 % interval, and the candidates index
-- against the same month (and slice) of 2019. Hidden values are null.
with valeurs as (
    select
        cast(ligne['annee'] as integer) as annee,
        ligne['mois'] as mois,
        ligne['region'] as region,
        ligne['arrondissement'] as arrondissement,
        ligne['secteur'] as secteur,
        *
    from sdc_publication
    where tableau = 'pub_penurie_recrutement_mois'
),

lignes as (
    select
        annee,
        mois,
        region,
        arrondissement,
        secteur,
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
    group by annee, mois, region, arrondissement, secteur
)

select
    l.annee,
    l.mois,
    l.region,
    lr.libelle_fr as region_libelle,
    l.arrondissement,
    case when l.arrondissement = 'TOUS' then 'Total' else la.libelle_fr end as arrondissement_libelle,
    l.secteur,
    case when l.secteur = 'TOUS' then 'Total' else ls.libelle_fr end as secteur_libelle,
    cast(l.nb_candidatures as bigint) as nb_candidatures,
    cast(l.nb_entrees as bigint) as nb_entrees,
    cast(l.nb_non_entrees as bigint) as nb_non_entrees,
    cast(l.nb_non_presentations as bigint) as nb_non_presentations,
    l.part_non_presentation,
    l.part_non_presentation_ic95_bas,
    l.part_non_presentation_ic95_haut,
    l.part_non_presentation_denominateur_faible,
    100 * l.nb_candidatures / nullif(b.nb_candidatures, 0) as indice_candidatures_2019,
    l.is_suppressed,
    l.valeurs_masquees,
    l.n_operateurs,
    l.source_federations
from lignes as l
left join lignes as b
    on b.annee = 2019
    and b.mois = case when l.mois = 'TOUS' then 'TOUS' else '2019-' || right(l.mois, 2) end
    and b.region = l.region
    and b.arrondissement = l.arrondissement
    and b.secteur = l.secteur
left join int_libelles as lr
    on lr.liste = 'region' and lr.code = l.region
left join int_libelles as la
    on la.liste = 'arrondissement' and la.code = l.arrondissement
left join int_libelles as ls
    on ls.liste = 'secteur' and ls.code = l.secteur
