-- Every parameter the models read, in one place: the disclosure-control thresholds of pipeline.yaml
-- (projet.parametres, rewritten by the engine at each run) and the analysis conventions of the
-- parametres_metier seed.
select parametre, valeur, source from projet.parametres
union all
select parametre, valeur, source from parametres_metier
