using System.Globalization;
using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Benchmarks;

/// <summary>
/// A large parcours extract in CAIPS style (',' separated, UTF-8, ISO dates, oui/non booleans, schema 1.1),
/// written by DuckDB from range(N) so that producing 5M rows takes seconds. Every value is valid against
/// ingestion/contracts/parcours.yaml, so every row must reach the lake: the benchmark checks that.
/// </summary>
internal static class ParcoursCsv
{
    public const int Year = 2023;

    public static void Write(string path, long rows)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:;threads=2");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
            COPY (
                SELECT
                    'CAIPS' AS federation_code,
                    {Year} AS millesime,
                    '1.1' AS schema_version,
                    'P{Year}-' || lpad(i::VARCHAR, 9, '0') AS parcours_id,
                    md5('stagiaire-' || (i // 2)::VARCHAR) AS stagiaire_pid,
                    'OP-' || lpad((i % 397)::VARCHAR, 4, '0') AS operateur_id,
                    'FIL-' || lpad((i % 1999)::VARCHAR, 5, '0') AS filiere_id,
                    strftime(DATE '{Year}-01-01' + (i % 365)::INTEGER, '%Y-%m-%d') AS date_entree,
                    CASE WHEN i % 7 = 0 THEN '' ELSE strftime(DATE '{Year}-01-01' + (i % 365)::INTEGER + (30 + i % 300)::INTEGER, '%Y-%m-%d') END AS date_sortie,
                    ['F', 'H', 'X'][1 + i % 3] AS sexe,
                    ['18_24', '25_29', '30_39', '40_49', '50_PLUS'][1 + i % 5] AS classe_age,
                    ['AUCUN', 'CEB', 'CESI_CE1D', 'CESDD_CE2D', 'CESS', 'SUPERIEUR', 'ETRANGER_NON_RECONNU', 'INCONNU'][1 + i % 8] AS niveau_etudes,
                    ['ALLOC_CHOMAGE', 'ALLOC_INSERTION', 'RIS_CPAS', 'AIDE_SOCIALE_EQUIV', 'MUTUELLE_SPF', 'SANS_REVENU', 'AUTRE'][1 + i % 7] AS statut_entree,
                    ['LT6M', '6_12M', '12_24M', 'GT24M'][1 + i % 4] AS duree_inoccupation,
                    ['BE', 'UE', 'HORS_UE'][1 + i % 3] AS nationalite_groupe,
                    ['ISOLE', 'MONOPARENTAL', 'COUPLE_SANS_ENF', 'COUPLE_AVEC_ENF', 'COHABITANT_AUTRE'][1 + i % 5] AS situation_menage,
                    ['52000', '53000', '55000', '56000', '57000', '61000', '62000', '63000', '64000', '21000'][1 + i % 10] AS nis_arrondissement_domicile,
                    (i % 1500)::VARCHAR AS heures_prestees,
                    (i % 120)::VARCHAR AS heures_absence_justifiee,
                    ['FIN_FORMATION', 'EMPLOI', 'FORMATION_QUALIFIANTE', 'AUTRE_FORMATION', 'ABANDON_SANTE', 'ABANDON_FAMILLE',
                     'ABANDON_FINANCIER', 'ABANDON_MOBILITE', 'EXCLUSION', 'EN_COURS'][1 + i % 10] AS motif_sortie,
                    ['EMPLOI_CDI', 'EMPLOI_CDD', 'INTERIM', 'ART60', 'INDEPENDANT', 'FORMATION_QUALIFIANTE', 'AUTRE_FORMATION',
                     'DEMANDEUR_EMPLOI', 'INACTIF', 'INCONNU'][1 + i % 10] AS situation_6m,
                    CASE WHEN i % 3 = 0 THEN 'oui' ELSE 'non' END AS validation_competences,
                    (i % 300)::VARCHAR AS stage_entreprise_heures
                FROM range({rows}) r(i)
                ORDER BY i
            ) TO {Literal(path)} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"')
            """);
        command.ExecuteNonQuery();
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
