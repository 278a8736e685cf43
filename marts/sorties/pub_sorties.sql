-- Published placement outcomes (after disclosure control), one row per exit cohort × region ×
-- operator type × filière category × profile modality × indicator: the count, its share of the
-- leavers (dropout reasons: of all leavers; skills validation: of the leavers whose validation is
-- reported) with the Wilson 95 % interval. 'TOUS' rows are totals. Hidden values are null.
with valeurs as (
    select
        cast(s.ligne['annee'] as integer) as annee_sortie,
        s.ligne['region'] as region,
        s.ligne['type_dispositif'] as type_dispositif,
        s.ligne['categorie'] as categorie,
        s.ligne['dimension'] as dimension,
        s.ligne['modalite'] as modalite,
        s.*
    from sdc_publication as s
    where s.tableau = 'pub_sorties'
)

select
    v.annee_sortie,
    v.region,
    case when v.region = 'TOUS' then 'Total' else lr.libelle_fr end as region_libelle,
    v.type_dispositif,
    case when v.type_dispositif = 'TOUS' then 'Total' else coalesce(lt.libelle_fr, v.type_dispositif) end as type_dispositif_libelle,
    v.categorie,
    case when v.categorie = 'TOUS' then 'Total' else coalesce(lc.libelle_fr, v.categorie) end as categorie_libelle,
    v.dimension,
    v.modalite,
    case
        when v.modalite = 'TOUS' then 'Total'
        when v.modalite = 'NON_RENSEIGNE' then 'Non renseigné'
        else coalesce(lm.libelle_fr, v.modalite)
    end as modalite_libelle,
    v.mesure as indicateur,
    i.libelle_fr as indicateur_libelle,
    cast(v.valeur_publiee as bigint) as nb,
    cast(v.denominateur as bigint) as denominateur,
    v.part,
    v.part_ic95_bas,
    v.part_ic95_haut,
    v.denominateur_faible,
    v.est_masque or coalesce(v.part_masquee, false) as is_suppressed,
    v.est_masque as nb_masque,
    v.part_masquee,
    -- the hidden columns, named as every published mart names them
    case
        when v.est_masque then ['nb', 'part', 'part_ic95_bas', 'part_ic95_haut']
        when v.part_masquee then ['part', 'part_ic95_bas', 'part_ic95_haut']
        else []
    end::varchar[] as valeurs_masquees,
    v.motif_masque,
    v.n_operateurs,
    v.source_federations
from valeurs as v
left join ref_indicateurs as i
    on i.indicateur = v.mesure
left join int_libelles as lr
    on lr.liste = 'region' and lr.code = v.region
left join int_libelles as lt
    on lt.liste = 'type_dispositif' and lt.code = v.type_dispositif
left join int_libelles as lc
    on lc.liste = 'categorie' and lc.code = v.categorie
left join int_libelles as lm
    on lm.liste = v.dimension and lm.code = v.modalite
