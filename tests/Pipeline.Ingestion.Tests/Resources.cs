using System.Globalization;

namespace Pipeline.Ingestion.Tests;

/// <summary>Small 'ressources_operateur_annee' and 'recrutement_mois' extracts written line by line in a test.</summary>
internal static class Resources
{
    public const string Header = "federation_code;millesime;operateur_id;annee;etp_formateur;depenses_totales;subvention_regionale";

    /// <summary>A valid resources line for operator <paramref name="operatorId"/>, ';'-separated.</summary>
    public static string Line(string operatorId, string spending = "1000", string federation = "ALEAP", int year = 2023) =>
        string.Create(CultureInfo.InvariantCulture, $"{federation};{year};{operatorId};{year};2,5;{spending};500");

    public static string File(params string[] lines) => string.Join("\r\n", [Header, .. lines]) + "\r\n";

    public const string RecruitmentHeader = "federation_code;millesime;filiere_id;mois;nb_entrees;canal_principal";
}
