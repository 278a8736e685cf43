-- Operators whose hours add up to less than zero.
select operateur_id, heures
from mart_operateurs
where heures < 0
