-- Published support themes (after disclosure control) per entry year × region (TOUS: both regions) ×
-- theme: accompanied trainees who had at least one act on the theme and their share of the accompanied
-- (Wilson 95 % interval), and the theme's acts and share of all acts. Hidden values are null.
with valeurs as (
    select
        cast(ligne['annee'] as integer) as annee,
        ligne['region'] as region,
        ligne['thematique'] as thematique,
        *
    from sdc_publication
    where tableau = 'pub_accompagnement_thematique'
),

lignes as (
    select
        annee,
        region,
        thematique,
        max(valeur_publiee) filter (where mesure = 'nb_stagiaires_thematique') as nb_stagiaires_thematique,
        max(denominateur) filter (where mesure = 'nb_stagiaires_thematique') as nb_stagiaires_accompagnes,
        max(part) filter (where mesure = 'nb_stagiaires_thematique') as part_accompagnes,
        max(part_ic95_bas) filter (where mesure = 'nb_stagiaires_thematique') as part_accompagnes_ic95_bas,
        max(part_ic95_haut) filter (where mesure = 'nb_stagiaires_thematique') as part_accompagnes_ic95_haut,
        bool_or(denominateur_faible) filter (where mesure = 'nb_stagiaires_thematique') as denominateur_faible,
        max(valeur_publiee) filter (where mesure = 'nb_actes_thematique') as nb_actes_thematique,
        max(part) filter (where mesure = 'nb_actes_thematique') as part_actes,
        bool_or(est_masque or coalesce(part_masquee, false)) as is_suppressed,
        list_sort(list(mesure) filter (where est_masque or coalesce(part_masquee, false))) as valeurs_masquees,
        max(n_operateurs) as n_operateurs,
        list_sort(list_distinct(flatten(list(source_federations)))) as source_federations
    from valeurs
    group by annee, region, thematique
)

select
    l.annee,
    l.region,
    case when l.region = 'TOUS' then 'Total' else lr.libelle_fr end as region_libelle,
    l.thematique,
    lt.libelle_fr as thematique_libelle,
    cast(l.nb_stagiaires_thematique as bigint) as nb_stagiaires_thematique,
    cast(l.nb_stagiaires_accompagnes as bigint) as nb_stagiaires_accompagnes,
    l.part_accompagnes,
    l.part_accompagnes_ic95_bas,
    l.part_accompagnes_ic95_haut,
    l.denominateur_faible,
    cast(l.nb_actes_thematique as bigint) as nb_actes_thematique,
    l.part_actes,
    l.is_suppressed,
    l.valeurs_masquees,
    l.n_operateurs,
    l.source_federations
from lignes as l
left join int_libelles as lr
    on lr.liste = 'region' and lr.code = l.region
left join int_libelles as lt
    on lt.liste = 'thematique' and lt.code = l.thematique
