using System.Globalization;

namespace Pipeline.Ingestion.Reading.Workbooks;

/// <summary>
/// Turns a cell as written in a sheet (its type attribute, style and raw value) into the text
/// <see cref="CellText"/> gives for the value ExcelDataReader would return.
/// </summary>
internal sealed class OpenXmlCells(string[] sharedStrings, bool[] dateStyles, bool date1904)
{
    public string? Text(string? type, string? style, string? raw)
    {
        switch (type)
        {
            case null or "n":
                return string.IsNullOrEmpty(raw) ? null : Number(raw, IsDate(style));
            case "s":
                return raw is null ? null : CellText.OfString(sharedStrings[int.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture)]);
            case "inlineStr" or "str":
                return raw is null ? null : CellText.OfString(raw);
            case "b":
                return raw is null ? null : CellText.OfBoolean(raw.Trim() is "1" or "true");
            case "e":
                return null; // #N/A, #DIV/0!…: no value
            case "d":
                return raw is null ? null : CellText.OfDate(DateTime.Parse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
            default:
                throw new InvalidDataException($"type de cellule inconnu « {type} »");
        }
    }

    private bool IsDate(string? style) =>
        style is not null && int.TryParse(style, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
        && index < dateStyles.Length && dateStyles[index];

    private string Number(string raw, bool isDate)
    {
        if (!isDate && IsPlainInteger(raw))
        {
            return raw; // what formatting the parsed double would give back
        }

        var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return isDate ? CellText.OfDate(DateTime.FromOADate(date1904 ? number + 1462 : number)) : CellText.OfNumber(number);
    }

    // Up to 15 digits, no leading zero, an optional minus: exactly representable, and written the same back.
    private static bool IsPlainInteger(string raw)
    {
        var digits = raw.AsSpan(raw.StartsWith('-') ? 1 : 0);
        return digits.Length is > 0 and <= 15 && (digits[0] != '0' || digits.Length == 1)
            && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
