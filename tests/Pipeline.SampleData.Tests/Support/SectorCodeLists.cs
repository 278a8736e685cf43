namespace Pipeline.SampleData.Tests.Support;

/// <summary>The enumerated columns of domain.md §6.1 and their code lists, copied from the specification.</summary>
internal static class SectorCodeLists
{
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> ByColumn = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["type_dispositif"] = Set("CISP_EFT CISP_DEFI CISP_MIXTE SIS OISP_FORMATION OISP_AFT MISSION_LOCALE ESMI"),
        ["forme_juridique"] = Set("ASBL CPAS SC_ES AUTRE"),
        ["region"] = Set("WAL BRU"),
        ["methodologie"] = Set("EFT DEFI"),
        ["categorie"] = Set("ORIENTATION BASE PROFESSIONNALISANTE"),
        ["secteur"] = Set(
            "BATIMENT HORECA MARAICHAGE_ESPACES_VERTS NETTOYAGE SERVICES_PERSONNES ADMIN_BUREAU LOGISTIQUE_MAGASIN NUMERIQUE ALPHA_FLE "
            + "REMISE_A_NIVEAU ORIENTATION_PROJET AUTRE"),
        ["canal_principal"] = Set("FOREM_ACTIRIS CPAS AUTRE_OPERATEUR BOUCHE_A_OREILLE RESEAUX_SOCIAUX SPONTANE"),
        ["sexe"] = Set("F H X"),
        ["classe_age"] = Set("18_24 25_29 30_39 40_49 50_PLUS"),
        ["niveau_etudes"] = Set("AUCUN CEB CESI_CE1D CESDD_CE2D CESS SUPERIEUR ETRANGER_NON_RECONNU INCONNU"),
        ["statut_entree"] = Set("ALLOC_CHOMAGE ALLOC_INSERTION RIS_CPAS AIDE_SOCIALE_EQUIV MUTUELLE_SPF SANS_REVENU AUTRE"),
        ["duree_inoccupation"] = Set("LT6M 6_12M 12_24M GT24M"),
        ["nationalite_groupe"] = Set("BE UE HORS_UE"),
        ["situation_menage"] = Set("ISOLE MONOPARENTAL COUPLE_SANS_ENF COUPLE_AVEC_ENF COHABITANT_AUTRE"),
        ["motif_sortie"] = Set(
            "FIN_FORMATION EMPLOI FORMATION_QUALIFIANTE AUTRE_FORMATION ABANDON_SANTE ABANDON_FAMILLE ABANDON_FINANCIER ABANDON_MOBILITE "
            + "EXCLUSION EN_COURS"),
        ["situation_6m"] = Set(
            "EMPLOI_CDI EMPLOI_CDD INTERIM ART60 INDEPENDANT FORMATION_QUALIFIANTE AUTRE_FORMATION DEMANDEUR_EMPLOI INACTIF INCONNU"),
        ["type_acte"] = Set("ENTRETIEN_INDIVIDUEL SUIVI_ADMINISTRATIF ORIENTATION_RESEAU ATELIER_COLLECTIF VISITE MEDIATION"),
        ["thematique"] = Set("LOGEMENT DETTES SANTE_MENTALE ASSUETUDES JUSTICE GARDE_ENFANTS MOBILITE DROITS_SOCIAUX NUMERIQUE VIOLENCES AUTRE"),
        ["fonction_intervenant"] = Set("IPSP FORMATEUR ASSISTANT_SOCIAL DIRECTION"),
        ["orientation_vers"] = Set("CPAS SSM MEDIATION_DETTES LOGEMENT_SOCIAL SANTE JURIDIQUE AUTRE"),
        ["vague"] = Set("T0 T1 T2"),
    };

    /// <summary>Whether a cell of <paramref name="column"/> holds a code outside its list (an empty cell is not a code).</summary>
    public static bool IsUnknown(string column, string? value) =>
        ByColumn.TryGetValue(column, out var codes) && !string.IsNullOrEmpty(value) && !codes.Contains(value);

    private static HashSet<string> Set(string codes) => [.. codes.Split(' ')];
}
