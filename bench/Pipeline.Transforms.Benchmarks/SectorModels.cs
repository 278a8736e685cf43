namespace Pipeline.Transforms.Benchmarks;

/// <summary>One model of the synthetic set: where it lives, how it is stored, its SELECT.</summary>
internal sealed record BenchModel(string Folder, string Name, string Materialized, string Sql);

/// <summary>
/// A realistic stand-in for the repository's models (which issue 6 has not written yet): 5 staging views,
/// 2 intermediate tables and 23 marts (2 exported as Parquet) over a synthetic trainee table, in
/// dependency order. Shapes follow the sector's themes: shortages, outcomes, psychosocial support,
/// profile, resources, impact.
/// </summary>
internal static class SectorModels
{
    public static IReadOnlyList<BenchModel> All { get; } =
    [
        new("transforms/staging", "stg_parcours", "view", """
            select parcours_id, federation, operateur_id, annee, filiere_code, sortie_code,
                   heures_prevues, heures_realisees, age, genre, niveau_etudes, accompagnement_psy, date_entree
            from raw.parcours
            """),
        new("transforms/staging", "stg_operateurs", "view", "select operateur_id, region, province, taille from raw.operateurs"),
        new("transforms/staging", "stg_code_sortie", "view", "select code as sortie_code, libelle as sortie_libelle, positive from code_sortie"),
        new("transforms/staging", "stg_code_filiere", "view", "select code as filiere_code, libelle as filiere_libelle from code_filiere"),
        new("transforms/staging", "stg_code_niveau", "view", "select code as niveau_etudes, libelle as niveau_libelle, rang from code_niveau"),
        new("transforms/intermediate", "int_parcours", "table", """
            with parcours as (
                select p.*, o.region, o.province, o.taille
                from stg_parcours as p
                left join stg_operateurs as o using (operateur_id)
            )
            select parcours.*,
                   s.positive as sortie_positive,
                   f.filiere_libelle,
                   n.rang as niveau_rang,
                   case when age < 25 then '18-24' when age < 35 then '25-34' when age < 50 then '35-49' else '50+' end as tranche_age,
                   heures_realisees / nullif(heures_prevues, 0) as taux_realisation
            from parcours
            left join stg_code_sortie as s using (sortie_code)
            left join stg_code_filiere as f using (filiere_code)
            left join stg_code_niveau as n using (niveau_etudes)
            """),
        new("transforms/intermediate", "int_operateur_annee", "table", """
            select operateur_id, region, taille, annee, count(*) as parcours,
                   sum(heures_prevues) as heures_prevues, sum(heures_realisees) as heures_realisees,
                   count(*) filter (where sortie_positive) as sorties_positives
            from int_parcours group by all
            """),
        Mart("penurie", "mart_penurie_annee_region", """
            select annee, region, sum(heures_prevues) as heures_agreees, sum(heures_realisees) as heures_realisees,
                   sum(heures_realisees) / sum(heures_prevues) as taux_realisation
            from int_parcours group by annee, region
            """, "parquet"),
        Mart("penurie", "mart_penurie_annee_filiere", """
            select annee, filiere_code, min(filiere_libelle) as filiere, sum(heures_prevues) as heures_agreees,
                   avg(taux_realisation) as taux_moyen
            from int_parcours group by annee, filiere_code
            """),
        Mart("penurie", "mart_penurie_operateur", """
            select operateur_id, region, sum(heures_prevues) as heures_agreees, sum(heures_realisees) as heures_realisees,
                   sum(heures_realisees) / sum(heures_prevues) as taux_realisation
            from int_operateur_annee group by operateur_id, region
            """),
        Mart("penurie", "mart_penurie_federation_annee", """
            select federation, annee, count(*) as parcours, median(taux_realisation) as taux_median
            from int_parcours group by federation, annee
            """),
        Mart("sorties", "mart_sorties_annee_region", """
            select annee, region, count(*) as parcours, count(*) filter (where sortie_positive) as sorties_positives,
                   count(*) filter (where sortie_positive) / count(*) as part_positive
            from int_parcours where sortie_code is not null group by annee, region
            """, "parquet"),
        Mart("sorties", "mart_sorties_filiere", """
            select filiere_code, sortie_code, count(*) as parcours
            from int_parcours group by filiere_code, sortie_code
            """),
        Mart("sorties", "mart_sorties_genre", """
            select annee, genre, count(*) filter (where sortie_positive) / count(*) as part_positive
            from int_parcours group by annee, genre
            """),
        Mart("sorties", "mart_sorties_tranche_age", """
            select tranche_age, sortie_code, count(*) as parcours
            from int_parcours group by tranche_age, sortie_code
            """),
        Mart("sorties", "mart_sorties_niveau", """
            select niveau_etudes, niveau_rang, count(*) filter (where sortie_positive) / count(*) as part_positive
            from int_parcours group by niveau_etudes, niveau_rang
            """),
        Mart("sorties", "mart_sorties_federation", """
            select federation, annee, sortie_code, count(*) as parcours
            from int_parcours group by federation, annee, sortie_code
            """),
        Mart("psychosocial", "mart_psy_annee_region", """
            select annee, region, count(*) filter (where accompagnement_psy) as accompagnes,
                   count(*) filter (where accompagnement_psy) / count(*) as part_accompagnes
            from int_parcours group by annee, region
            """),
        Mart("psychosocial", "mart_psy_tranche_age", """
            select tranche_age, genre, count(*) filter (where accompagnement_psy) / count(*) as part_accompagnes
            from int_parcours group by tranche_age, genre
            """),
        Mart("psychosocial", "mart_psy_genre_filiere", """
            select genre, filiere_code, count(*) filter (where accompagnement_psy) as accompagnes, avg(heures_realisees) as heures_moyennes
            from int_parcours group by genre, filiere_code
            """),
        Mart("profil", "mart_profil_age_genre", """
            select annee, tranche_age, genre, count(*) as stagiaires, avg(age) as age_moyen
            from int_parcours group by annee, tranche_age, genre
            """),
        Mart("profil", "mart_profil_niveau_region", """
            select region, niveau_etudes, count(*) as stagiaires from int_parcours group by region, niveau_etudes
            """),
        Mart("profil", "mart_profil_federation", """
            select federation, count(distinct operateur_id) as operateurs, count(*) as stagiaires,
                   approx_count_distinct(filiere_code) as filieres
            from int_parcours group by federation
            """),
        Mart("ressources", "mart_ressources_operateur_taille", """
            select o.taille, a.annee, sum(a.heures_prevues) as heures_agreees, sum(a.parcours) as parcours
            from int_operateur_annee as a join stg_operateurs as o using (operateur_id)
            group by o.taille, a.annee
            """),
        Mart("ressources", "mart_ressources_region_annee", """
            select region, annee, count(distinct operateur_id) as operateurs, sum(heures_prevues) as heures_agreees
            from int_operateur_annee group by region, annee
            """),
        Mart("impact", "mart_impact_sorties_psy", """
            select accompagnement_psy, sortie_code, count(*) as parcours,
                   count(*) / sum(count(*)) over (partition by accompagnement_psy) as part
            from int_parcours group by accompagnement_psy, sortie_code
            """),
        Mart("impact", "mart_impact_duree", """
            select case when heures_realisees < 200 then 'court' when heures_realisees < 500 then 'moyen' else 'long' end as duree,
                   count(*) filter (where sortie_positive) / count(*) as part_positive, count(*) as parcours
            from int_parcours group by 1
            """),
        Mart("evolution", "mart_evolution_sorties", """
            select annee, region, part_positive,
                   part_positive - lag(part_positive) over (partition by region order by annee) as evolution
            from mart_sorties_annee_region
            """),
        Mart("evolution", "mart_evolution_heures", """
            select annee, region, heures_realisees,
                   heures_realisees / first_value(heures_realisees) over (partition by region order by annee) as indice
            from mart_penurie_annee_region
            """),
        Mart("evolution", "mart_top_operateurs", """
            select * from (
                select operateur_id, region, taux_realisation,
                       rank() over (partition by region order by taux_realisation desc) as rang
                from mart_penurie_operateur
            ) where rang <= 20
            """),
    ];

    private static BenchModel Mart(string theme, string name, string sql, string materialized = "table") =>
        new($"marts/{theme}", name, materialized, sql);
}
