-- Parameters the models read that are missing from pipeline_parametres or out of their plausible range.
with attendus(parametre, minimum, maximum) as (
    values
        ('privacy.min_cell', 1, 1000),
        ('privacy.min_denominator', 1, 10000),
        ('privacy.min_operators', 1, 100),
        ('privacy.max_dominance', 0.5, 1),
        ('stats.denominateur_comparable', 1, 10000),
        ('stats.z_95', 1.9, 2.0),
        ('penurie.seuil_realisation', 0.5, 1),
        ('penurie.taux_horaire_eur', 0, 1000)
)

select a.parametre, p.valeur, a.minimum, a.maximum
from attendus as a
left join pipeline_parametres as p
    on p.parametre = a.parametre
where p.valeur is null
    or p.valeur not between a.minimum and a.maximum
