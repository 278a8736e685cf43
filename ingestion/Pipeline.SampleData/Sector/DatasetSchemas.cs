namespace Pipeline.SampleData.Sector;

/// <summary>How a column's values are typed, which decides how each federation's format writes them.</summary>
internal enum ColumnKind
{
    Text,
    Integer,
    Decimal,
    Money,
    Date,
    Boolean,
    Json,
}

/// <summary>A canonical column of a source dataset (domain.md §6.1).</summary>
internal sealed record SchemaColumn(string Name, ColumnKind Kind, string FrenchLabel, string? SinceSchemaVersion = null);

/// <summary>A source dataset as the federations send it: canonical columns, before each federation's quirks.</summary>
internal sealed record DatasetSchema(string Name, IReadOnlyList<SchemaColumn> Columns)
{
    /// <summary>The columns a file of <paramref name="schemaVersion"/> carries.</summary>
    public IReadOnlyList<SchemaColumn> ColumnsFor(string schemaVersion) =>
        [.. Columns.Where(c => c.SinceSchemaVersion is null || string.CompareOrdinal(schemaVersion, c.SinceSchemaVersion) >= 0)];
}

/// <summary>The eight source datasets. Every file also starts with federation_code, millesime and schema_version.</summary>
internal static class DatasetSchemas
{
    public const string SchemaV1 = "1.0";
    public const string SchemaV11 = "1.1";

    private static readonly SchemaColumn[] Header =
    [
        new("federation_code", ColumnKind.Text, "Fédération"),
        new("millesime", ColumnKind.Integer, "Millésime"),
        new("schema_version", ColumnKind.Text, "Version du schéma"),
    ];

    public static readonly DatasetSchema Operateur = Make("operateur",
        new("operateur_id", ColumnKind.Text, "Opérateur"),
        new("type_dispositif", ColumnKind.Text, "Type de dispositif"),
        new("forme_juridique", ColumnKind.Text, "Forme juridique"),
        new("region", ColumnKind.Text, "Région"),
        new("nis_siege", ColumnKind.Text, "Code INS du siège"),
        new("date_agrement_debut", ColumnKind.Date, "Début d'agrément"),
        new("date_agrement_fin", ColumnKind.Date, "Fin d'agrément"),
        new("nb_lieux_formation", ColumnKind.Integer, "Lieux de formation"));

    public static readonly DatasetSchema FiliereAnnee = Make("filiere_annee",
        new("filiere_id", ColumnKind.Text, "Filière"),
        new("operateur_id", ColumnKind.Text, "Opérateur"),
        new("annee", ColumnKind.Integer, "Année"),
        new("methodologie", ColumnKind.Text, "Méthodologie"),
        new("categorie", ColumnKind.Text, "Catégorie"),
        new("secteur", ColumnKind.Text, "Secteur"),
        new("heures_agreees", ColumnKind.Integer, "Heures agréées"),
        new("heures_prestees", ColumnKind.Integer, "Heures prestées"),
        new("heures_immunisees", ColumnKind.Integer, "Heures immunisées"),
        new("places_prevues", ColumnKind.Integer, "Places prévues"),
        new("nis_lieu", ColumnKind.Text, "Code INS du lieu"));

    public static readonly DatasetSchema RecrutementMois = Make("recrutement_mois",
        new("filiere_id", ColumnKind.Text, "Filière"),
        new("mois", ColumnKind.Date, "Mois"),
        new("nb_contacts", ColumnKind.Integer, "Contacts"),
        new("nb_seances_info", ColumnKind.Integer, "Séances d'information"),
        new("nb_candidatures", ColumnKind.Integer, "Candidatures"),
        new("nb_entretiens", ColumnKind.Integer, "Entretiens"),
        new("nb_entrees", ColumnKind.Integer, "Entrées"),
        new("places_vacantes_fin_mois", ColumnKind.Integer, "Places vacantes en fin de mois"),
        new("canal_principal", ColumnKind.Text, "Canal principal"),
        new("nb_non_entrees_par_motif", ColumnKind.Json, "Non-entrées par motif"));

    public static readonly DatasetSchema Parcours = Make("parcours",
        new("parcours_id", ColumnKind.Text, "Parcours"),
        new("stagiaire_pid", ColumnKind.Text, "Stagiaire (pseudonyme)"),
        new("operateur_id", ColumnKind.Text, "Opérateur"),
        new("filiere_id", ColumnKind.Text, "Filière"),
        new("date_entree", ColumnKind.Date, "Date d'entrée"),
        new("date_sortie", ColumnKind.Date, "Date de sortie"),
        new("sexe", ColumnKind.Text, "Sexe"),
        new("classe_age", ColumnKind.Text, "Classe d'âge"),
        new("niveau_etudes", ColumnKind.Text, "Niveau d'études"),
        new("statut_entree", ColumnKind.Text, "Statut à l'entrée"),
        new("duree_inoccupation", ColumnKind.Text, "Durée d'inoccupation"),
        new("nationalite_groupe", ColumnKind.Text, "Nationalité (groupe)"),
        new("situation_menage", ColumnKind.Text, "Situation de ménage"),
        new("nis_arrondissement_domicile", ColumnKind.Text, "Arrondissement du domicile"),
        new("heures_prestees", ColumnKind.Integer, "Heures prestées"),
        new("heures_absence_justifiee", ColumnKind.Integer, "Heures d'absence justifiée"),
        new("motif_sortie", ColumnKind.Text, "Motif de sortie"),
        new("situation_6m", ColumnKind.Text, "Situation à 6 mois"),
        new("validation_competences", ColumnKind.Boolean, "Validation des compétences", SchemaV11),
        new("stage_entreprise_heures", ColumnKind.Integer, "Heures de stage en entreprise", SchemaV11));

    public static readonly DatasetSchema AccompagnementActe = Make("accompagnement_acte",
        new("acte_id", ColumnKind.Text, "Acte"),
        new("parcours_id", ColumnKind.Text, "Parcours"),
        new("date", ColumnKind.Date, "Date"),
        new("type_acte", ColumnKind.Text, "Type d'acte"),
        new("thematique", ColumnKind.Text, "Thématique"),
        new("duree_min", ColumnKind.Integer, "Durée (minutes)"),
        new("fonction_intervenant", ColumnKind.Text, "Fonction de l'intervenant"),
        new("orientation_vers", ColumnKind.Text, "Orientation vers"));

    public static readonly DatasetSchema QuestionnaireImpact = Make("questionnaire_impact",
        [
            new("parcours_id", ColumnKind.Text, "Parcours"),
            new("vague", ColumnKind.Text, "Vague"),
            new("date", ColumnKind.Date, "Date"),
            .. CodeLists.SurveyDimensions.Select(d => new SchemaColumn(d, ColumnKind.Integer, SurveyLabel(d))),
            new("nb_problemes_importants", ColumnKind.Integer, "Problèmes importants"),
        ]);

    public static readonly DatasetSchema RessourcesOperateurAnnee = Make("ressources_operateur_annee",
        new("operateur_id", ColumnKind.Text, "Opérateur"),
        new("annee", ColumnKind.Integer, "Année"),
        new("etp_formateur", ColumnKind.Decimal, "ETP formateurs"),
        new("etp_ipsp", ColumnKind.Decimal, "ETP IPSP"),
        new("etp_encadrant_technique", ColumnKind.Decimal, "ETP encadrants techniques"),
        new("etp_direction", ColumnKind.Decimal, "ETP direction"),
        new("etp_admin", ColumnKind.Decimal, "ETP administratif"),
        new("heures_formation_personnel", ColumnKind.Integer, "Heures de formation du personnel"),
        new("depenses_totales", ColumnKind.Money, "Dépenses totales"),
        new("subvention_regionale", ColumnKind.Money, "Subvention régionale"),
        new("ape_ou_aides_emploi", ColumnKind.Money, "APE ou aides à l'emploi"),
        new("fse", ColumnKind.Money, "FSE"),
        new("recettes_production", ColumnKind.Money, "Recettes de production"),
        new("autres", ColumnKind.Money, "Autres recettes"),
        new("nb_partenariats_par_type", ColumnKind.Json, "Partenariats par type"));

    public static readonly DatasetSchema SisActiviteAnnee = Make("sis_activite_annee",
        new("operateur_id", ColumnKind.Text, "Opérateur"),
        new("annee", ColumnKind.Integer, "Année"),
        new("nb_beneficiaires", ColumnKind.Integer, "Bénéficiaires"),
        new("nb_ateliers", ColumnKind.Integer, "Ateliers"),
        new("heures_collectives", ColumnKind.Integer, "Heures collectives"),
        new("nb_suivis_individuels", ColumnKind.Integer, "Suivis individuels"),
        new("repartition_age_sexe", ColumnKind.Json, "Répartition par âge et sexe"));

    public static readonly IReadOnlyList<DatasetSchema> All =
        [Operateur, FiliereAnnee, RecrutementMois, Parcours, AccompagnementActe, QuestionnaireImpact, RessourcesOperateurAnnee, SisActiviteAnnee];

    private static DatasetSchema Make(string name, params SchemaColumn[] columns) => new(name, [.. Header, .. columns]);

    private static string SurveyLabel(string dimension) => dimension switch
    {
        "estime_soi" => "Estime de soi",
        "bien_etre_physique" => "Bien-être physique",
        "reseau_social" => "Réseau social",
        "connaissance_services" => "Connaissance des services",
        "autonomie_mobilite" => "Autonomie de mobilité",
        "usage_numerique" => "Usage du numérique",
        _ => "Confiance dans le projet professionnel",
    };
}
