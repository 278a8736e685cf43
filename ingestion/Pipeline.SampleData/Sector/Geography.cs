namespace Pipeline.SampleData.Sector;

/// <summary>
/// The NIS geography the synthetic operators live in: Walloon arrondissements (2019+ codes) with a few
/// communes each, and Brussels. Hainaut's 2019 reform created arr. 57 Tournai-Mouscron and 58 La Louvière
/// with new commune codes; <see cref="PreReformCode"/> gives the code a pre-2019 file carries.
/// </summary>
internal static class Geography
{
    public sealed record Arrondissement(string Code, string Province, IReadOnlyList<string> Communes, double Weight);

    public static readonly IReadOnlyList<Arrondissement> Wallonia =
    [
        new("25000", "20002", ["25112", "25072", "25121"], 4),
        new("51000", "50000", ["51004"], 1.5),
        new("52000", "50000", ["52011", "52012"], 9),
        new("53000", "50000", ["53053"], 4),
        new("55000", "50000", ["55040"], 2),
        new("56000", "50000", ["56078"], 2),
        new("57000", "50000", ["57081", "57096"], 4),
        new("58000", "50000", ["58001", "58002"], 3.5),
        new("61000", "60000", ["61031"], 1.5),
        new("62000", "60000", ["62063", "62096"], 10),
        new("63000", "60000", ["63079"], 3),
        new("64000", "60000", ["64074"], 1),
        new("81000", "80000", ["81001"], 1),
        new("82000", "80000", ["82003"], 0.6),
        new("83000", "80000", ["83034"], 0.8),
        new("84000", "80000", ["84043"], 0.6),
        new("85000", "80000", ["85045"], 0.6),
        new("91000", "90000", ["91034"], 1.2),
        new("92000", "90000", ["92094"], 4.5),
        new("93000", "90000", ["93056"], 0.8),
    ];

    public static readonly Arrondissement Brussels = new("21000", "04000", ["21001", "21004", "21015", "21012", "21009"], 1);

    /// <summary>The code a file made before the 2019 reform carries for a commune or arrondissement.</summary>
    public static string PreReformCode(string code) => code switch
    {
        "57096" => "54007", // Mouscron
        "58001" => "55022", // La Louvière
        "58002" => "56011", // Binche
        "58000" => "55000", // arr. La Louvière was mostly arr. Soignies
        _ => code,
    };
}
