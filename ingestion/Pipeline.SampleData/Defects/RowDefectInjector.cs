using System.Globalization;
using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Defects;

/// <summary>
/// Turns clean rows into what a federation really sends: at the given rate a row gets one defect of a kind
/// that applies to its dataset. Counts what it injected, for the generation manifest.
/// </summary>
internal sealed class RowDefectInjector
{
    private static readonly Dictionary<string, string> UnknownCodes = new(StringComparer.Ordinal)
    {
        ["sexe"] = "M",
        ["secteur"] = "BOULANGERIE",
        ["statut_entree"] = "RSA",
        ["thematique"] = "ALIMENTATION",
        ["type_dispositif"] = "CISP",
        ["motif_sortie"] = "DEMENAGEMENT",
        ["type_acte"] = "APPEL_TELEPHONIQUE",
        ["categorie"] = "QUALIFIANTE",
        ["canal_principal"] = "AFFICHAGE",
        ["vague"] = "T3",
        ["forme_juridique"] = "SPRL",
    };

    private readonly double rate;
    private readonly SampleRandom rng;
    private readonly IReadOnlyList<SchemaColumn> columns;
    private readonly IReadOnlyList<RowDefect> applicable;
    private readonly string dateStyle;
    private bool forceNext;

    // atLeastOne damages the first row whatever the draw, so that the file has at least one defect.
    public RowDefectInjector(double rate, SampleRandom rng, IReadOnlyList<SchemaColumn> columns, string dateFormat, bool atLeastOne = false)
    {
        forceNext = atLeastOne;
        this.rate = rate;
        this.rng = rng;
        this.columns = columns;
        dateStyle = dateFormat;
        applicable =
        [
            .. columns.Any(c => c.Kind == ColumnKind.Date) ? [RowDefect.BadDate] : Array.Empty<RowDefect>(),
            .. columns.Any(IsHours) ? [RowDefect.NegativeHours] : Array.Empty<RowDefect>(),
            .. columns.Any(c => UnknownCodes.ContainsKey(c.Name)) ? [RowDefect.UnknownCode] : Array.Empty<RowDefect>(),
            RowDefect.DuplicateRow,
            RowDefect.ExtraField,
        ];
    }

    public Dictionary<RowDefect, int> Injected { get; } = [];

    /// <summary>The rows to write for one clean row: itself, a damaged copy, or itself twice.</summary>
    public IEnumerable<(object?[] Row, bool ExtraField)> Apply(object?[] row)
    {
        var forced = forceNext;
        forceNext = false;
        if (rate <= 0 || (!rng.Chance(rate) && !forced))
        {
            yield return (row, false);
            yield break;
        }

        var defect = rng.Pick(applicable);
        Injected[defect] = Injected.GetValueOrDefault(defect) + 1;
        var damaged = (object?[])row.Clone();
        switch (defect)
        {
            case RowDefect.DuplicateRow:
                yield return (row, false);
                yield return (row, false);
                yield break;
            case RowDefect.ExtraField:
                yield return (row, true);
                yield break;
            case RowDefect.BadDate:
                var date = Pick(c => c.Kind == ColumnKind.Date && row[Index(c)] is DateOnly);
                damaged[date] = BadDate(row[date] is DateOnly d ? d.Year : 2020);
                break;
            case RowDefect.NegativeHours:
                var hours = Pick(IsHours);
                damaged[hours] = -Math.Max(1, row[hours] as int? ?? 1);
                break;
            case RowDefect.UnknownCode:
                var code = Pick(c => UnknownCodes.ContainsKey(c.Name));
                damaged[code] = UnknownCodes[columns[code].Name];
                break;
        }

        yield return (damaged, false);
    }

    private static bool IsHours(SchemaColumn column) => column.Kind == ColumnKind.Integer && column.Name.StartsWith("heures_", StringComparison.Ordinal);

    private int Index(SchemaColumn column) => columns.ToList().IndexOf(column);

    private int Pick(Func<SchemaColumn, bool> predicate)
    {
        var candidates = columns.Where(predicate).ToList();
        return candidates.Count == 0 ? Index(columns.First(c => c.Kind == ColumnKind.Date)) : Index(rng.Pick(candidates));
    }

    private string BadDate(int year) => rng.Next(3) switch
    {
        0 => "inconnue",
        _ when dateStyle.StartsWith("dd", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"31/02/{year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{year}-02-31"),
    };
}
