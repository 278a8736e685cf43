-- One row per trainee contract (parcours). The year is the file's millésime, which is the entry year
-- (a contract still running on 31 December is reported EN_COURS and is not re-sent the next year).
-- Codes stay as sent (nulls stay null: "not reported" is not "unknown"); harmonised groups and flags
-- come from the map_* seeds, the home arrondissement is mapped onto the 2019 geography.
-- The same stagiaire_pid under two operators in one year is legitimate and kept.
with courant as (
    select
        r.*,
        row_number() over (
            partition by r.parcours_id
            order by u.recu_le desc, r._unit_id, r._source_line
        ) as rang
    from raw.parcours as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
)

select
    c.parcours_id,
    c.stagiaire_pid,
    c.operateur_id,
    c.filiere_id,
    cast(c.millesime as integer) as annee,
    c.federation,
    f.region,
    c.date_entree,
    c.date_sortie,
    cast(year(c.date_sortie) as integer) as annee_sortie,
    c.sexe,
    c.classe_age,
    c.niveau_etudes,
    ne.groupe_diplome,
    ne.au_plus_cesdd,
    c.statut_entree,
    se.groupe_statut,
    se.est_cpas,
    se.est_chomage,
    c.duree_inoccupation,
    c.nationalite_groupe,
    c.situation_menage,
    coalesce(p.code_2019, c.nis_arrondissement_domicile) as arrondissement_domicile,
    coalesce(not p.exact and c.millesime < 2019, false) as nis_approx,
    cast(c.heures_prestees as integer) as heures_prestees,
    cast(c.heures_absence_justifiee as integer) as heures_absence_justifiee,
    c.motif_sortie,
    ms.groupe_sortie,
    ms.est_sortie,
    ms.est_emploi as est_emploi_sortie,
    ms.est_formation_qualifiante as est_formation_qualifiante_sortie,
    ms.est_positive as est_positive_sortie,
    ms.est_abandon,
    ms.est_exclusion,
    c.situation_6m,
    s6.est_emploi as est_emploi_6m,
    s6.est_formation_qualifiante as est_formation_qualifiante_6m,
    s6.est_positive as est_positive_6m,
    coalesce(s6.est_inconnue, true) as est_inconnue_6m,
    c.validation_competences,
    cast(c.stage_entreprise_heures as integer) as stage_entreprise_heures,
    c.schema_version,
    c._unit_id as unit_id,
    c._source_file as source_file,
    c._source_line as source_line
from courant as c
left join ref_federation as f
    on f.code_federation = c.federation
left join ref_nis_passage_2019 as p
    on p.code_avant_2019 = c.nis_arrondissement_domicile
    and p.niveau = 'arrondissement'
left join map_niveau_etudes as ne
    on ne.niveau_etudes = c.niveau_etudes
left join map_statut_entree as se
    on se.statut_entree = c.statut_entree
left join map_motif_sortie as ms
    on ms.motif_sortie = c.motif_sortie
left join map_situation_6m as s6
    on s6.situation_6m = c.situation_6m
where c.rang = 1
