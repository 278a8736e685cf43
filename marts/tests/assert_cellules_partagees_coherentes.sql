-- A cell shown by two published tables (same canonical key) must have the same value in both, or the
-- single suppression decision taken for the key would protect one and not the other.
select cle, list_distinct(list(tableau)) as tableaux, min(valeur) as valeur_min, max(valeur) as valeur_max
from sdc_cellules
group by cle
having max(valeur) - min(valeur) > 1e-9 * greatest(1, abs(max(valeur)))
