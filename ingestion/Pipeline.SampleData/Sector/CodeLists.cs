namespace Pipeline.SampleData.Sector;

/// <summary>The code lists of domain.md §6.1 used by the generator.</summary>
internal static class CodeLists
{
    public static readonly string[] Federations = ["UNESSA", "ALEAP", "CAIPS", "LEE", "AID", "FEBISP"];

    public static readonly string[] Sectors =
    [
        "BATIMENT", "HORECA", "MARAICHAGE_ESPACES_VERTS", "NETTOYAGE", "SERVICES_PERSONNES", "ADMIN_BUREAU",
        "LOGISTIQUE_MAGASIN", "NUMERIQUE", "ALPHA_FLE", "REMISE_A_NIVEAU", "ORIENTATION_PROJET", "AUTRE",
    ];

    public static readonly string[] AgeClasses = ["18_24", "25_29", "30_39", "40_49", "50_PLUS"];

    public static readonly string[] Themes =
    [
        "LOGEMENT", "DETTES", "SANTE_MENTALE", "ASSUETUDES", "JUSTICE", "GARDE_ENFANTS", "MOBILITE", "DROITS_SOCIAUX",
        "NUMERIQUE", "VIOLENCES", "AUTRE",
    ];

    public static readonly string[] Channels = ["FOREM_ACTIRIS", "CPAS", "AUTRE_OPERATEUR", "BOUCHE_A_OREILLE", "RESEAUX_SOCIAUX", "SPONTANE"];

    public static readonly string[] NonEntryReasons =
    [
        "NE_SE_PRESENTE_PAS", "NON_ELIGIBLE", "MOBILITE", "GARDE_ENFANTS", "FINANCIER", "SANTE", "EMPLOI_TROUVE", "AUTRE",
    ];

    public static readonly string[] PartnershipTypes = ["FOREM_ACTIRIS", "CPAS", "ENTREPRISES", "ENSEIGNEMENT_PROMSOC", "CVDC", "AUTRES_ISP"];

    public static readonly string[] SurveyDimensions =
    [
        "estime_soi", "bien_etre_physique", "reseau_social", "connaissance_services", "autonomie_mobilite", "usage_numerique",
        "confiance_projet_pro",
    ];
}
