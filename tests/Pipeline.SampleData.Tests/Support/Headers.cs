namespace Pipeline.SampleData.Tests.Support;

/// <summary>
/// The header a federation's file carries for a canonical column (domain.md §6.1 names, §8 quirks), written
/// here from the specification rather than taken from the generator: CAIPS and LEE use the canonical
/// names, FEBISP too except <c>année</c>, AID upper-cases them with spaces, ALEAP and UNESSA use French labels.
/// </summary>
internal static class Headers
{
    private static readonly Dictionary<string, string> FrenchLabels = new(StringComparer.Ordinal)
    {
        ["federation_code"] = "Fédération",
        ["millesime"] = "Millésime",
        ["schema_version"] = "Version du schéma",
        ["annee"] = "Année",
        ["operateur_id"] = "Opérateur",
        ["filiere_id"] = "Filière",
        ["parcours_id"] = "Parcours",
        ["stagiaire_pid"] = "Stagiaire (pseudonyme)",
        ["type_dispositif"] = "Type de dispositif",
        ["forme_juridique"] = "Forme juridique",
        ["region"] = "Région",
        ["methodologie"] = "Méthodologie",
        ["categorie"] = "Catégorie",
        ["secteur"] = "Secteur",
        ["heures_agreees"] = "Heures agréées",
        ["heures_prestees"] = "Heures prestées",
        ["heures_immunisees"] = "Heures immunisées",
        ["places_prevues"] = "Places prévues",
        ["mois"] = "Mois",
        ["nb_candidatures"] = "Candidatures",
        ["nb_entrees"] = "Entrées",
        ["canal_principal"] = "Canal principal",
        ["date_entree"] = "Date d'entrée",
        ["date_sortie"] = "Date de sortie",
        ["sexe"] = "Sexe",
        ["classe_age"] = "Classe d'âge",
        ["niveau_etudes"] = "Niveau d'études",
        ["statut_entree"] = "Statut à l'entrée",
        ["duree_inoccupation"] = "Durée d'inoccupation",
        ["nationalite_groupe"] = "Nationalité (groupe)",
        ["situation_menage"] = "Situation de ménage",
        ["motif_sortie"] = "Motif de sortie",
        ["situation_6m"] = "Situation à 6 mois",
        ["date"] = "Date",
        ["type_acte"] = "Type d'acte",
        ["thematique"] = "Thématique",
        ["fonction_intervenant"] = "Fonction de l'intervenant",
        ["orientation_vers"] = "Orientation vers",
        ["vague"] = "Vague",
    };

    /// <summary>The header <paramref name="federation"/> writes for <paramref name="canonical"/>.</summary>
    public static string For(string federation, string canonical) => federation switch
    {
        "CAIPS" or "LEE" => canonical,
        "FEBISP" => canonical == "annee" ? "année" : canonical,
        "AID" => canonical.Replace('_', ' ').ToUpperInvariant(),
        "ALEAP" or "UNESSA" => FrenchLabels.TryGetValue(canonical, out var label)
            ? label
            : throw new ArgumentException($"No French label known for {canonical}.", nameof(canonical)),
        _ => throw new ArgumentException($"Unknown federation {federation}.", nameof(federation)),
    };

    /// <summary>The canonical column a header stands for, if it is one of the columns known here.</summary>
    public static string? Canonical(string federation, string header) => federation switch
    {
        "CAIPS" or "LEE" => header,
        "FEBISP" => header == "année" ? "annee" : header,
        "AID" => header.ToLowerInvariant().Replace(' ', '_'),
        _ => FrenchLabels.FirstOrDefault(p => p.Value == header).Key,
    };
}
