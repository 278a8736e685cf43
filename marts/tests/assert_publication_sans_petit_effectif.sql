-- Published person counts from 1 to privacy.min_cell - 1: there must be none (zeros are shown, they
-- protect nobody and reveal nothing). Read from sdc_publication, which every pub_* table pivots.
select p.tableau, p.ligne, p.mesure, p.valeur_publiee
from sdc_publication as p
cross join (
    select max(valeur) filter (where parametre = 'privacy.min_cell') as min_cell from pipeline_parametres
) as s
where p.nature = 'personnes'
    and p.valeur_publiee is not null
    and abs(p.valeur_publiee) between 1 and s.min_cell - 1
