-- Published resources (after disclosure control) per year × region × operator family ('TOUS' rows are
-- totals): staff FTE by function and their shares, staff training hours and their share of working
-- time, spending, cost per delivered training hour, funding mix and partnerships. A ratio is shown only
-- when both its terms are; hidden values are null.
with parametres as (
    select max(valeur) filter (where parametre = 'ressources.heures_annuelles_etp') as heures_annuelles_etp
    from pipeline_parametres
),

valeurs as (
    select
        cast(ligne['annee'] as integer) as annee,
        ligne['region'] as region,
        ligne['famille_dispositif'] as famille_dispositif,
        *
    from sdc_publication
    where tableau = 'pub_ressources'
),

lignes as (
    pivot (select annee, region, famille_dispositif, mesure, valeur_publiee from valeurs)
    on mesure in (
        'etp_formateur', 'etp_ipsp', 'etp_encadrant_technique', 'etp_direction', 'etp_admin', 'etp_total',
        'heures_formation_personnel', 'depenses_totales', 'subvention_regionale', 'ape_ou_aides_emploi', 'fse',
        'recettes_production', 'autres_recettes', 'nb_partenariats', 'heures_prestees', 'depenses_operateurs_formation'
    )
    using max(valeur_publiee)
    group by annee, region, famille_dispositif
),

drapeaux as (
    select
        annee,
        region,
        famille_dispositif,
        bool_or(est_masque) as is_suppressed,
        list_sort(list(mesure) filter (where est_masque)) as valeurs_masquees,
        max(n_operateurs) as n_operateurs,
        list_sort(list_distinct(flatten(list(source_federations)))) as source_federations
    from valeurs
    group by annee, region, famille_dispositif
)

select
    l.annee,
    l.region,
    case when l.region = 'TOUS' then 'Total' else lr.libelle_fr end as region_libelle,
    l.famille_dispositif,
    case when l.famille_dispositif = 'TOUS' then 'Total' else coalesce(lf.libelle_fr, l.famille_dispositif) end as famille_dispositif_libelle,
    l.etp_total,
    l.etp_formateur,
    l.etp_ipsp,
    l.etp_encadrant_technique,
    l.etp_direction,
    l.etp_admin,
    l.etp_formateur / nullif(l.etp_total, 0) as part_etp_formateur,
    l.etp_ipsp / nullif(l.etp_total, 0) as part_etp_ipsp,
    l.etp_direction / nullif(l.etp_total, 0) as part_etp_direction,
    l.heures_formation_personnel,
    l.heures_formation_personnel / nullif(l.etp_total * p.heures_annuelles_etp, 0) as part_heures_formation_personnel,
    l.depenses_totales,
    l.heures_prestees,
    l.depenses_operateurs_formation / nullif(l.heures_prestees, 0) as cout_par_heure_prestee,
    l.subvention_regionale,
    l.ape_ou_aides_emploi,
    l.fse,
    l.recettes_production,
    l.autres_recettes,
    l.subvention_regionale / nullif(l.depenses_totales, 0) as part_subvention_regionale,
    l.ape_ou_aides_emploi / nullif(l.depenses_totales, 0) as part_ape_ou_aides_emploi,
    l.fse / nullif(l.depenses_totales, 0) as part_fse,
    l.recettes_production / nullif(l.depenses_totales, 0) as part_recettes_production,
    l.autres_recettes / nullif(l.depenses_totales, 0) as part_autres_recettes,
    cast(l.nb_partenariats as bigint) as nb_partenariats,
    d.is_suppressed,
    d.valeurs_masquees,
    d.n_operateurs,
    d.source_federations
from lignes as l
join drapeaux as d
    on d.annee = l.annee
    and d.region = l.region
    and d.famille_dispositif = l.famille_dispositif
cross join parametres as p
left join int_libelles as lr
    on lr.liste = 'region' and lr.code = l.region
left join int_libelles as lf
    on lf.liste = 'famille_dispositif' and lf.code = l.famille_dispositif
