-- Published profile of the trainees who entered each year (after disclosure control): counts, shares
-- with their Wilson 95 % interval, and the change of each share from the previous year (the CPAS-share
-- trend). Hidden values are null; is_suppressed says so and motif_masque why.
with valeurs as (
    select
        cast(s.ligne['annee'] as integer) as annee,
        s.ligne['region'] as region,
        s.ligne['type_dispositif'] as type_dispositif,
        s.ligne['dimension'] as dimension,
        s.ligne['modalite'] as modalite,
        s.*
    from sdc_publication as s
    where s.tableau = 'pub_profil_public'
)

select
    v.annee,
    v.region,
    case when v.region = 'TOUS' then 'Total' else lr.libelle_fr end as region_libelle,
    v.type_dispositif,
    case when v.type_dispositif = 'TOUS' then 'Total' else coalesce(lt.libelle_fr, v.type_dispositif) end as type_dispositif_libelle,
    v.dimension,
    v.modalite,
    case
        when v.modalite = 'TOUS' then 'Total'
        when v.modalite = 'NON_RENSEIGNE' then 'Non renseigné'
        else coalesce(lm.libelle_fr, v.modalite)
    end as modalite_libelle,
    cast(v.valeur_publiee as bigint) as nb_stagiaires,
    cast(v.denominateur as bigint) as nb_stagiaires_total,
    v.part,
    v.part_ic95_bas,
    v.part_ic95_haut,
    v.denominateur_faible,
    -- change from the previous calendar year (null when that year's share is hidden or absent)
    v.part - max(v.part) over (
        partition by v.region, v.type_dispositif, v.dimension, v.modalite
        order by v.annee
        range between 1 preceding and 1 preceding
    ) as evolution_part_points,
    v.est_masque or coalesce(v.part_masquee, false) as is_suppressed,
    v.est_masque as nb_stagiaires_masque,
    v.part_masquee,
    -- the hidden columns, named as every published mart names them
    case
        when v.est_masque then ['nb_stagiaires', 'part', 'part_ic95_bas', 'part_ic95_haut', 'evolution_part_points']
        when v.part_masquee then ['part', 'part_ic95_bas', 'part_ic95_haut', 'evolution_part_points']
        else []
    end::varchar[] as valeurs_masquees,
    v.motif_masque,
    v.n_operateurs,
    v.source_federations
from valeurs as v
left join int_libelles as lr
    on lr.liste = 'region' and lr.code = v.region
left join int_libelles as lt
    on lt.liste = 'type_dispositif' and lt.code = v.type_dispositif
left join int_libelles as lm
    on lm.liste = v.dimension and lm.code = v.modalite
