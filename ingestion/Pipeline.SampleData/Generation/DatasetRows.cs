using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Generation;

/// <summary>Which generator makes which dataset, and which federations send it.</summary>
internal static class DatasetRows
{
    public static IEnumerable<object?[]> Generate(DatasetSchema dataset, RowContext context) => dataset.Name switch
    {
        "operateur" => OperatorRows.Generate(context),
        "filiere_annee" => FiliereRows.Generate(context),
        "recrutement_mois" => RecruitmentRows.Generate(context),
        "parcours" => ParcoursRows.Generate(context),
        "accompagnement_acte" => ActRows.Generate(context),
        "questionnaire_impact" => SurveyRows.Generate(context),
        "ressources_operateur_annee" => ResourceRows.Generate(context),
        "sis_activite_annee" => SisActivityRows.Generate(context),
        _ => throw new ArgumentException($"Unknown dataset {dataset.Name}.", nameof(dataset)),
    };

    /// <summary>Training datasets come from federations with training operators; SIS activity from those with SIS.</summary>
    public static bool IsSentBy(DatasetSchema dataset, IEnumerable<World.Operator> members) => dataset.Name switch
    {
        "filiere_annee" or "recrutement_mois" or "parcours" or "accompagnement_acte" or "questionnaire_impact" => members.Any(o => o.IsTraining),
        "sis_activite_annee" => members.Any(o => o.Type == "SIS"),
        _ => true,
    };
}
