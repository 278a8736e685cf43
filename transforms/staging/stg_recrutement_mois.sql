-- Recruitment per filière and month. The non-entry reasons arrive as one JSON object per row; they are
-- spread into one integer column per reason (absent key = 0) so marts can sum them.
with courant as (
    select
        r.*,
        row_number() over (
            partition by r.filiere_id, r.mois
            order by u.recu_le desc, r._unit_id, r._source_line
        ) as rang
    from raw.recrutement_mois as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
)

select
    c.filiere_id,
    c.mois,
    cast(year(c.mois) as integer) as annee,
    cast(month(c.mois) as integer) as mois_numero,
    c.federation,
    f.region,
    cast(c.nb_contacts as integer) as nb_contacts,
    cast(c.nb_seances_info as integer) as nb_seances_info,
    cast(c.nb_candidatures as integer) as nb_candidatures,
    cast(c.nb_entretiens as integer) as nb_entretiens,
    cast(c.nb_entrees as integer) as nb_entrees,
    cast(c.places_vacantes_fin_mois as integer) as places_vacantes_fin_mois,
    c.canal_principal,
    coalesce(cast(c.nb_non_entrees_par_motif ->> 'NE_SE_PRESENTE_PAS' as integer), 0) as nb_ne_se_presente_pas,
    coalesce(cast(c.nb_non_entrees_par_motif ->> 'NON_ELIGIBLE' as integer), 0) as nb_ne_non_eligible,
    coalesce(cast(c.nb_non_entrees_par_motif ->> 'MOBILITE' as integer), 0) as nb_ne_mobilite,
    coalesce(cast(c.nb_non_entrees_par_motif ->> 'GARDE_ENFANTS' as integer), 0) as nb_ne_garde_enfants,
    coalesce(cast(c.nb_non_entrees_par_motif ->> 'FINANCIER' as integer), 0) as nb_ne_financier,
    coalesce(cast(c.nb_non_entrees_par_motif ->> 'SANTE' as integer), 0) as nb_ne_sante,
    coalesce(cast(c.nb_non_entrees_par_motif ->> 'EMPLOI_TROUVE' as integer), 0) as nb_ne_emploi_trouve,
    coalesce(cast(c.nb_non_entrees_par_motif ->> 'AUTRE' as integer), 0) as nb_ne_autre,
    c.schema_version,
    c._unit_id as unit_id,
    c._source_file as source_file,
    c._source_line as source_line
from courant as c
left join ref_federation as f
    on f.code_federation = c.federation
where c.rang = 1
