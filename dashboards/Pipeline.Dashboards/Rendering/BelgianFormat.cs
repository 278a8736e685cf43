using System.Globalization;
using Pipeline.Dashboards.Pages;

namespace Pipeline.Dashboards.Rendering;

/// <summary>Numbers and dates as a Belgian French reader writes them: 12 345,6 ; 58,3 % ; 22/11/2026.</summary>
public static class BelgianFormat
{
    /// <summary>fr-BE; its thousands separator is a narrow no-break space.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("fr-BE");

    /// <summary>What a hidden cell shows.</summary>
    public const string Masked = "c";

    /// <summary>What a missing value shows.</summary>
    public const string Missing = "—";

    private const string NoBreakSpace = "\u00A0";

    public static string Number(object? value, ValueFormat format)
    {
        if (value is null)
        {
            return Missing;
        }

        if (format == ValueFormat.Texte || !TryDouble(value, out var number))
        {
            return Text(value);
        }

        return format switch
        {
            ValueFormat.Pct => (number * 100).ToString("#,0.0", Culture) + NoBreakSpace + "%",
            ValueFormat.Eur => number.ToString("#,0", Culture) + NoBreakSpace + "€",
            ValueFormat.Heures => number.ToString("#,0", Culture) + NoBreakSpace + "h",
            ValueFormat.Ratio => number.ToString("#,0.00", Culture),
            ValueFormat.Decimal or ValueFormat.Indice => number.ToString("#,0.0", Culture),
            _ => number.ToString("#,0", Culture),
        };
    }

    /// <summary>A cell as every page, download and fiche shows it: « c » when hidden, else the number in its format.</summary>
    public static string Shown(Data.QueryResult data, object?[] row, string column, ValueFormat format)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.IsMasked(row, column) ? Masked : Number(data.Value(row, column), format);
    }

    /// <summary>A change between two periods: points for shares, a relative change otherwise.</summary>
    public static string Change(double previous, double current, ValueFormat format)
    {
        if (format == ValueFormat.Pct)
        {
            var points = (current - previous) * 100;
            return points.ToString("+#,0.0;−#,0.0;0.0", Culture) + NoBreakSpace + "pt";
        }

        if (previous == 0)
        {
            return Missing;
        }

        return ((current - previous) / Math.Abs(previous) * 100).ToString("+#,0.0;−#,0.0;0.0", Culture) + NoBreakSpace + "%";
    }

    public static string Date(DateTime date) => date.ToString("dd/MM/yyyy", Culture);

    /// <summary>Any value as text: numbers without thousands separators (years, codes), dates Belgian style.</summary>
    public static string Text(object? value) => value switch
    {
        null => Missing,
        DateTime d => Date(d),
        DateOnly d => d.ToString("dd/MM/yyyy", Culture),
        bool b => b ? "oui" : "non",
        double d => d.ToString("0.###", Culture),
        decimal d => d.ToString("0.###", Culture),
        System.Collections.IEnumerable list when value is not string => string.Join(", ", list.Cast<object?>().Select(Text)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static bool TryDouble(object? value, out double number)
    {
        switch (value)
        {
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case long l: number = l; return true;
            case int i: number = i; return true;
            case short s: number = s; return true;
            case System.Numerics.BigInteger b: number = (double)b; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>The format a column's name suggests, when the page does not say.</summary>
    public static ValueFormat Guess(string column) => column switch
    {
        _ when column.StartsWith("part", StringComparison.Ordinal) || column.StartsWith("taux", StringComparison.Ordinal) => ValueFormat.Pct,
        _ when column.StartsWith("indice", StringComparison.Ordinal) => ValueFormat.Indice,
        _ when column.EndsWith("_eur", StringComparison.Ordinal) || column.StartsWith("cout", StringComparison.Ordinal) || column.StartsWith("depenses", StringComparison.Ordinal) => ValueFormat.Eur,
        _ when column.StartsWith("heures", StringComparison.Ordinal) => ValueFormat.Heures,
        _ when column.StartsWith("etp", StringComparison.Ordinal) || column.Contains("_par_", StringComparison.Ordinal) => ValueFormat.Decimal,
        "annee" or "annee_sortie" or "periode" or "derniere_periode" or "fiche_numero" => ValueFormat.Texte,
        _ => ValueFormat.Nombre,
    };
}
