-- Code values of the staging views that are not in their ref_codes list (nulls are "not reported").
with valeurs as (
    select 'type_dispositif' as liste, type_dispositif as code, 'stg_operateur' as modele from stg_operateur
    union all select 'forme_juridique', forme_juridique, 'stg_operateur' from stg_operateur
    union all select 'methodologie', methodologie, 'stg_filiere_annee' from stg_filiere_annee
    union all select 'categorie', categorie, 'stg_filiere_annee' from stg_filiere_annee
    union all select 'secteur', secteur, 'stg_filiere_annee' from stg_filiere_annee
    union all select 'canal', canal_principal, 'stg_recrutement_mois' from stg_recrutement_mois
    union all select 'sexe', sexe, 'stg_parcours' from stg_parcours
    union all select 'classe_age', classe_age, 'stg_parcours' from stg_parcours
    union all select 'niveau_etudes', niveau_etudes, 'stg_parcours' from stg_parcours
    union all select 'statut_entree', statut_entree, 'stg_parcours' from stg_parcours
    union all select 'duree_inoccupation', duree_inoccupation, 'stg_parcours' from stg_parcours
    union all select 'nationalite_groupe', nationalite_groupe, 'stg_parcours' from stg_parcours
    union all select 'situation_menage', situation_menage, 'stg_parcours' from stg_parcours
    union all select 'motif_sortie', motif_sortie, 'stg_parcours' from stg_parcours
    union all select 'situation_6m', situation_6m, 'stg_parcours' from stg_parcours
    union all select 'type_acte', type_acte, 'stg_accompagnement_acte' from stg_accompagnement_acte
    union all select 'thematique', thematique, 'stg_accompagnement_acte' from stg_accompagnement_acte
    union all select 'fonction_intervenant', fonction_intervenant, 'stg_accompagnement_acte' from stg_accompagnement_acte
    union all select 'orientation_vers', orientation_vers, 'stg_accompagnement_acte' from stg_accompagnement_acte
    union all select 'vague', vague, 'stg_questionnaire_impact' from stg_questionnaire_impact
)

select v.modele, v.liste, v.code, count(*) as n_lignes
from valeurs as v
left join ref_codes as r
    on r.liste = v.liste
    and r.code = v.code
where v.code is not null
    and r.code is null
group by v.modele, v.liste, v.code
