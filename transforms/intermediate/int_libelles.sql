-- French labels for every code a published table shows: the contract code lists (ref_codes) plus the
-- harmonised groups of the map_* seeds, under the name of the column that carries them.
select liste, code, libelle_fr, ordre
from ref_codes

union all

select 'groupe_statut', groupe_statut, any_value(libelle_groupe_statut),
    row_number() over (order by groupe_statut)
from map_statut_entree
group by groupe_statut

union all

select 'groupe_sortie', groupe_sortie, any_value(libelle_groupe_sortie),
    row_number() over (order by groupe_sortie)
from map_motif_sortie
group by groupe_sortie

union all

select 'famille_dispositif', famille_dispositif, any_value(libelle_famille_dispositif),
    row_number() over (order by famille_dispositif)
from map_type_dispositif
group by famille_dispositif

union all

select 'au_plus_cesdd', code, libelle_fr, ordre
from (values ('OUI', 'Au plus le CESDD', 1), ('NON', 'Plus que le CESDD', 2)) as v(code, libelle_fr, ordre)

union all

select 'arrondissement', code_arrondissement, nom_arrondissement,
    row_number() over (order by code_arrondissement)
from ref_nis_arrondissement

union all

select 'province', code_province, nom_province,
    row_number() over (order by code_province)
from ref_nis_province
