-- The key figures each memorandum fiche cites: fiche × indicator × region × year, read from the
-- published marts (after disclosure control), so a fiche, a dashboard and a download can never disagree.
-- Which figures a fiche cites, their wording, unit and definition are data (ref_fiches_indicateurs), so
-- a policy officer changes a fiche without touching SQL. A value hidden in its mart stays hidden here.
with parametres as (
    -- as-of date: the latest reception among the files the figures rest on
    select max(recu_le) as date_donnees from stg_unites_lac
),

-- wide published marts: one (region, year, column, value) row per column of their all-sectors rows
colonnes as (
    select 'pub_penurie_stagiaires' as source_mart, t.region, t.annee, '' as filtre, j.key as indicateur,
        try_cast(j.value as double) as valeur, t.n_operateurs, t.source_federations
    from pub_penurie_stagiaires as t, json_each(to_json(t)) as j
    where t.secteur = 'TOUS'
    union all
    select 'pub_accompagnement', t.region, t.annee, '', j.key, try_cast(j.value as double), t.n_operateurs, t.source_federations
    from pub_accompagnement as t, json_each(to_json(t)) as j
    where t.type_dispositif = 'TOUS'
    union all
    select 'pub_ressources', t.region, t.annee, '', j.key, try_cast(j.value as double), t.n_operateurs, t.source_federations
    from pub_ressources as t, json_each(to_json(t)) as j
    where t.famille_dispositif = 'TOUS'
    union all
    select 'pub_accompagnement_thematique', t.region, t.annee, t.thematique, 'part_accompagnes', t.part_accompagnes,
        t.n_operateurs, t.source_federations
    from pub_accompagnement_thematique as t
    -- long published marts: the indicator is a row, its value a count (personnes) or a share
    union all
    select 'pub_sorties', t.region, t.annee_sortie, '', t.indicateur,
        case when i.unite = 'personnes' then t.nb else t.part end, t.n_operateurs, t.source_federations
    from pub_sorties as t
    join ref_fiches_indicateurs as i
        on i.source_mart = 'pub_sorties' and i.indicateur = t.indicateur
    where t.type_dispositif = 'TOUS' and t.categorie = 'TOUS' and t.dimension = 'TOUS'
    union all
    select 'pub_profil_public', t.region, t.annee,
        case when t.dimension = 'TOUS' then 'TOUS' else t.dimension || '=' || t.modalite end,
        c.colonne, case c.colonne when 'part' then t.part else t.nb_stagiaires end, t.n_operateurs, t.source_federations
    from pub_profil_public as t,
        unnest(['part', 'nb_stagiaires']) as c(colonne)
    where t.type_dispositif = 'TOUS'
)

select
    i.fiche_numero,
    i.fiche_titre,
    i.ordre,
    i.indicateur || case when coalesce(i.filtre, '') <> '' then ':' || i.filtre else '' end as code_indicateur,
    i.libelle_fr,
    i.definition,
    c.region,
    case c.region when 'TOUS' then 'Wallonie et Bruxelles' when 'WAL' then 'Wallonie' when 'BRU' then 'Bruxelles' end
        as perimetre,
    c.annee,
    case when i.source_mart = 'pub_sorties' then 'cohorte de sortie ' else 'année ' end || c.annee as periode,
    c.valeur,
    i.unite,
    c.valeur is null as est_masque,
    i.source_mart,
    string_split(i.source_datasets, '|') as source_datasets,
    c.source_federations,
    c.n_operateurs,
    p.date_donnees
from ref_fiches_indicateurs as i
join colonnes as c
    on c.source_mart = i.source_mart
    and c.indicateur = i.indicateur
    and c.filtre = coalesce(i.filtre, '')
cross join parametres as p
