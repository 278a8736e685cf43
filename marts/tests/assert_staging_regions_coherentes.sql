-- Operators whose file declares another region than their federation's, or whose type belongs to the
-- other region's legislation (a CISP in Brussels, an OISP in Wallonia).
select o.operateur_id, o.annee, o.federation, o.region, o.region_declaree, o.type_dispositif
from stg_operateur as o
join map_type_dispositif as t
    on t.type_dispositif = o.type_dispositif
where o.region_declaree <> o.region
    or t.region_attendue <> o.region
