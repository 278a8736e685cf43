-- Staff, spending, funding and partnerships per operator and year. FTEs and euros stay DECIMAL (exact
-- sums); the partnership counts arrive as a JSON object and are spread into one column per type.
with courant as (
    select
        r.*,
        row_number() over (
            partition by r.operateur_id, r.annee
            order by u.recu_le desc, r._unit_id, r._source_line
        ) as rang
    from raw.ressources_operateur_annee as r
    join stg_unites_lac as u
        on u.unit_id = r._unit_id
)

select
    c.operateur_id,
    cast(c.annee as integer) as annee,
    c.federation,
    f.region,
    c.etp_formateur,
    c.etp_ipsp,
    c.etp_encadrant_technique,
    c.etp_direction,
    c.etp_admin,
    c.etp_formateur + c.etp_ipsp + c.etp_encadrant_technique + c.etp_direction + c.etp_admin as etp_total,
    cast(c.heures_formation_personnel as integer) as heures_formation_personnel,
    c.depenses_totales,
    c.subvention_regionale,
    c.ape_ou_aides_emploi,
    c.fse,
    c.recettes_production,
    c.autres as autres_recettes,
    coalesce(cast(c.nb_partenariats_par_type ->> 'FOREM_ACTIRIS' as integer), 0) as nb_partenariats_forem_actiris,
    coalesce(cast(c.nb_partenariats_par_type ->> 'CPAS' as integer), 0) as nb_partenariats_cpas,
    coalesce(cast(c.nb_partenariats_par_type ->> 'ENTREPRISES' as integer), 0) as nb_partenariats_entreprises,
    coalesce(cast(c.nb_partenariats_par_type ->> 'ENSEIGNEMENT_PROMSOC' as integer), 0) as nb_partenariats_enseignement_promsoc,
    coalesce(cast(c.nb_partenariats_par_type ->> 'CVDC' as integer), 0) as nb_partenariats_cvdc,
    coalesce(cast(c.nb_partenariats_par_type ->> 'AUTRES_ISP' as integer), 0) as nb_partenariats_autres_isp,
    c.schema_version,
    c._unit_id as unit_id,
    c._source_file as source_file,
    c._source_line as source_line
from courant as c
left join ref_federation as f
    on f.code_federation = c.federation
where c.rang = 1
