using System.Globalization;

namespace Pipeline.Dashboards.Rendering;

/// <summary>French headers for the published marts' column names; others are spelled out from the name.</summary>
public static class ColumnLabels
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["annee"] = "Année",
        ["annee_sortie"] = "Année de sortie",
        ["mois"] = "Mois",
        ["region"] = "Région",
        ["region_libelle"] = "Région",
        ["federation"] = "Fédération",
        ["federation_nom"] = "Fédération",
        ["type_dispositif"] = "Dispositif",
        ["type_dispositif_libelle"] = "Dispositif",
        ["famille_dispositif_libelle"] = "Famille de dispositif",
        ["secteur_libelle"] = "Secteur",
        ["categorie_libelle"] = "Catégorie de filière",
        ["thematique_libelle"] = "Thématique",
        ["modalite_libelle"] = "Modalité",
        ["indicateur_libelle"] = "Indicateur",
        ["taux_realisation"] = "Taux de réalisation",
        ["taux_realisation_avec_immunisation"] = "Taux de réalisation avec heures immunisées",
        ["heures_agreees"] = "Heures agréées",
        ["heures_prestees"] = "Heures prestées",
        ["heures_immunisees"] = "Heures immunisées",
        ["nb_candidatures"] = "Candidatures",
        ["nb_entrees"] = "Entrées en formation",
        ["places_prevues"] = "Places prévues",
        ["taux_remplissage"] = "Taux de remplissage",
        ["candidats_par_place"] = "Candidats par place",
        ["part_non_presentation"] = "Part de non-présentations",
        ["indice_candidatures_2019"] = "Candidatures (indice 2019 = 100)",
        ["subvention_a_risque_eur"] = "Subvention à risque",
        ["nb_filieres_sous_seuil"] = "Filières sous le seuil",
        ["part_filieres_sous_seuil"] = "Part des filières sous le seuil",
        ["nb_stagiaires"] = "Stagiaires",
        ["nb_stagiaires_accompagnes"] = "Stagiaires accompagnés",
        ["part_stagiaires_accompagnes"] = "Part de stagiaires accompagnés",
        ["part_accompagnes"] = "Part des accompagnés",
        ["part_multi_problematiques"] = "Part de multi-problématiques",
        ["taux_orientation"] = "Taux d'orientation",
        ["etp_ipsp_pour_100_stagiaires"] = "ETP IPSP pour 100 stagiaires",
        ["nb"] = "Effectif",
        ["denominateur"] = "Sortants",
        ["part"] = "Part",
        ["part_ic95_bas"] = "IC 95 % bas",
        ["part_ic95_haut"] = "IC 95 % haut",
        ["cout_par_heure_prestee"] = "Coût par heure prestée",
        ["part_subvention_regionale"] = "Part de la subvention régionale",
        ["etp_total"] = "ETP salariés",
        ["n_operateurs"] = "Opérateurs",
        ["source_federations"] = "Fédérations sources",
        ["fichier"] = "Fichier",
        ["jeu_de_donnees"] = "Jeu de données",
        ["statut_libelle"] = "Statut",
        ["lignes_lues"] = "Lignes lues",
        ["lignes_acceptees"] = "Lignes acceptées",
        ["lignes_quarantaine"] = "Lignes en quarantaine",
        ["motif"] = "Motif",
        ["recu_le"] = "Reçu le",
        ["dernier_envoi"] = "Dernier envoi",
        ["derniere_periode"] = "Dernière période",
        ["fichiers_courants"] = "Fichiers en vigueur",
        ["fichiers_en_erreur"] = "Fichiers en erreur",
        ["libelle_fr"] = "Indicateur",
        ["valeur"] = "Valeur",
        ["periode"] = "Période",
        ["perimetre"] = "Périmètre",
    };

    public static string Of(string column) =>
        Known.TryGetValue(column, out var label)
            ? label
            : CultureInfo.GetCultureInfo("fr-BE").TextInfo.ToTitleCase(column.Replace('_', ' ')[..1]) + column.Replace('_', ' ')[1..];
}
