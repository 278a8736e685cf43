using System.Globalization;

namespace Pipeline.Core.Configuration;

/// <summary>
/// Syntax check of a five-field cron expression (<c>minute hour day-of-month month day-of-week</c>):
/// each field is <c>*</c>, a number, a range <c>a-b</c> or a list of them, each optionally with a
/// step <c>/n</c>; months and weekdays may be English abbreviations (<c>JAN</c>, <c>MON</c>).
/// Only the syntax is checked here; computing occurrences is the scheduler's job.
/// </summary>
internal static class CronExpressionSyntax
{
    /// <summary>The five fields in order: names for messages, ranges, and month and weekday names.</summary>
    internal static readonly CronField[] Fields =
    [
        new("minute", 0, 59, []),
        new("heure", 0, 23, []),
        new("jour du mois", 1, 31, []),
        new("mois", 1, 12, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        // 0 and 7 both mean Sunday, as in Vixie cron.
        new("jour de la semaine", 0, 7, ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
    ];

    /// <summary>Returns null when <paramref name="expression"/> is valid, else the first error found.</summary>
    public static CronSyntaxError? Validate(string expression)
    {
        var parts = SplitFields(expression);
        if (parts.Count != Fields.Length)
        {
            const string Expected = "il en faut 5 : minute heure jour-du-mois mois jour-de-la-semaine " +
                "(ex. « 0 2 * * * » pour 2 h chaque nuit).";
            return new CronSyntaxError(0, string.Create(CultureInfo.InvariantCulture,
                $"l'expression cron « {expression} » a {parts.Count} champ(s) ; {Expected}"));
        }

        for (var i = 0; i < Fields.Length; i++)
        {
            var error = ValidateField(Fields[i], parts[i].Text, parts[i].Offset);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static List<(string Text, int Offset)> SplitFields(string expression)
    {
        var parts = new List<(string Text, int Offset)>();
        var start = -1;
        for (var i = 0; i <= expression.Length; i++)
        {
            var isSeparator = i == expression.Length || char.IsWhiteSpace(expression[i]);
            if (isSeparator && start >= 0)
            {
                parts.Add((expression[start..i], start));
                start = -1;
            }
            else if (!isSeparator && start < 0)
            {
                start = i;
            }
        }

        return parts;
    }

    private static CronSyntaxError? ValidateField(CronField field, string text, int offset)
    {
        var itemOffset = offset;
        foreach (var item in text.Split(','))
        {
            var error = ValidateItem(field, item, itemOffset);
            if (error is not null)
            {
                return error;
            }

            itemOffset += item.Length + 1;
        }

        return null;
    }

    private static CronSyntaxError? ValidateItem(CronField field, string item, int offset)
    {
        if (item.Length == 0)
        {
            return Error(field, offset, "élément vide dans la liste (virgule en trop ?)");
        }

        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var range = slash < 0 ? item : item[..slash];
        if (slash >= 0)
        {
            var step = item[(slash + 1)..];
            if (!int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var stepValue)
                || stepValue < 1 || stepValue > field.Max)
            {
                return Error(field, offset + slash + 1,
                    $"le pas « {step} » doit être un entier entre 1 et {field.Max}");
            }
        }

        return range == "*" ? null : ValidateRange(field, range, offset);
    }

    private static CronSyntaxError? ValidateRange(CronField field, string range, int offset)
    {
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        var first = dash < 0 ? range : range[..dash];
        if (!field.TryParseValue(first, out var start))
        {
            return ValueError(field, first, offset);
        }

        if (dash < 0)
        {
            return null;
        }

        var last = range[(dash + 1)..];
        if (!field.TryParseValue(last, out var end))
        {
            return ValueError(field, last, offset + dash + 1);
        }

        return start <= end
            ? null
            : Error(field, offset, $"la plage « {range} » va à rebours ; écrivez le plus petit nombre d'abord");
    }

    private static CronSyntaxError ValueError(CronField field, string value, int offset)
    {
        var names = field.Names.Count == 0 ? "" : $" ou un nom ({string.Join(", ", field.Names)})";
        var detail = value.Length == 0 ? $"valeur manquante ; attendu un nombre de {field.Min} à {field.Max}{names}"
            : value.All(char.IsAsciiDigit) ? $"« {value} » est hors de la plage {field.Min} à {field.Max}"
            : $"« {value} » n'est pas admis ; attendu *, un nombre de {field.Min} à {field.Max}{names}, " +
              "une plage a-b, une liste a,b ou un pas */n";
        return Error(field, offset, detail);
    }

    private static CronSyntaxError Error(CronField field, int offset, string detail) =>
        new(offset, $"champ « {field.Name} » de l'expression cron invalide : {detail}.");
}
