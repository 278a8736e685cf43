using System.Globalization;

namespace Pipeline.SampleData.Identifiers;

/// <summary>
/// Belgian national register numbers (YYMMDD + 3-digit serial + 2 check digits): the check is 97 minus the
/// first nine digits mod 97, with a 2 prefixed to them for people born from 2000. Generated only for the
/// opt-in identifier files that ingestion must refuse.
/// </summary>
public static class NationalNumber
{
    /// <summary>A valid number for a person born on <paramref name="birth"/> with serial 1–997.</summary>
    public static string Create(DateOnly birth, int serial)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{serial:D3}");
        var check = 97 - (long.Parse(birth.Year >= 2000 ? "2" + body : body, CultureInfo.InvariantCulture) % 97);
        return body + check.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>Whether 11 digits pass the mod-97 check under either century rule.</summary>
    public static bool IsValid(string digits)
    {
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var body = long.Parse(digits[..9], CultureInfo.InvariantCulture);
        var check = int.Parse(digits[9..], CultureInfo.InvariantCulture);
        return 97 - (body % 97) == check || 97 - ((2_000_000_000 + body) % 97) == check;
    }
}
