-- Impact survey answers (CAIPS "Bien-être et Insertion" style): one row per parcours and wave, Likert
-- scores 1–5 on seven dimensions and the number of problems felt as important (0–8).
with courant as (
    select
        r.*,
        row_number() over (
            partition by r.parcours_id, r.vague
            order by u.recu_le desc, r._unit_id, r._source_line
        ) as rang
    from raw.questionnaire_impact as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
)

select
    c.parcours_id,
    c.vague,
    c.date as date_reponse,
    cast(c.millesime as integer) as annee,
    c.federation,
    f.region,
    cast(c.estime_soi as integer) as estime_soi,
    cast(c.bien_etre_physique as integer) as bien_etre_physique,
    cast(c.reseau_social as integer) as reseau_social,
    cast(c.connaissance_services as integer) as connaissance_services,
    cast(c.autonomie_mobilite as integer) as autonomie_mobilite,
    cast(c.usage_numerique as integer) as usage_numerique,
    cast(c.confiance_projet_pro as integer) as confiance_projet_pro,
    cast(c.nb_problemes_importants as integer) as nb_problemes_importants,
    c.schema_version,
    c._unit_id as unit_id,
    c._source_file as source_file,
    c._source_line as source_line
from courant as c
left join ref_federation as f
    on f.code_federation = c.federation
where c.rang = 1
