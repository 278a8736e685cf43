namespace Pipeline.Ingestion.Validation;

/// <summary>
/// The validation rules a row can break, with the French explanation and the fix that the reports send back
/// to the federation.
/// </summary>
public static class Rules
{
    public const string Required = "obligatoire";
    public const string InvalidDate = "date_invalide";
    public const string InvalidNumber = "nombre_invalide";
    public const string InvalidBoolean = "booleen_invalide";
    public const string InvalidJson = "json_invalide";
    public const string UnknownCode = "code_inconnu";
    public const string InvalidNis = "code_ins_invalide";
    public const string OutOfRange = "hors_limites";
    public const string WrongFederation = "federation_incoherente";
    public const string ExtraValue = "valeur_en_trop";
    public const string DuplicateRow = "ligne_en_double";
    public const string DuplicateKey = "cle_en_double";
    public const string MalformedLine = "ligne_malformee";

    /// <summary>What the rule means and how to fix it at the source.</summary>
    public static (string Meaning, string Fix) Explain(string rule) => rule switch
    {
        Required => ("Valeur obligatoire absente.", "Complétez la valeur dans l'outil d'encodage avant l'export."),
        InvalidDate => ("Date illisible ou inexistante (par exemple 31/02).", "Encodez une date réelle au format JJ/MM/AAAA ou AAAA-MM-JJ."),
        InvalidNumber => ("Nombre illisible.", "Écrivez un nombre sans texte (virgule ou point décimal, sans unité sauf €)."),
        InvalidBoolean => ("Valeur oui/non illisible.", "Utilisez oui/non, vrai/faux ou 1/0."),
        InvalidJson => ("Objet JSON illisible.", "Exportez un objet JSON valide, par exemple {\"CPAS\": 2}."),
        UnknownCode => ("Code absent de la liste de codes du contrat.", "Utilisez un des codes de la liste (voir le contrat de données) ou demandez l'ajout du code."),
        InvalidNis => ("Code INS invalide (5 chiffres attendus).", "Utilisez le code INS à 5 chiffres de Statbel."),
        OutOfRange => ("Valeur hors des limites admises (par exemple des heures négatives).", "Corrigez la valeur : elle doit être dans les limites indiquées par le contrat."),
        WrongFederation => ("La fédération de la ligne n'est pas celle du dossier de dépôt.", "Déposez le fichier dans le dossier de votre fédération ou corrigez federation_code."),
        ExtraValue => ("La ligne contient plus de valeurs que l'en-tête n'a de colonnes.", "Vérifiez les séparateurs et les guillemets de la ligne dans l'export."),
        DuplicateRow => ("Ligne envoyée deux fois à l'identique.", "Supprimez le doublon dans l'export."),
        DuplicateKey => ("Deux lignes différentes portent le même identifiant.", "Chaque identifiant doit être unique dans le fichier : corrigez l'une des deux lignes."),
        MalformedLine => ("Ligne illisible : nombre de champs différent de l'en-tête ou guillemets non fermés.", "Ouvrez le fichier dans un éditeur de texte et corrigez la ligne indiquée."),
        _ => ("Règle inconnue.", "Contactez l'équipe données."),
    };
}
