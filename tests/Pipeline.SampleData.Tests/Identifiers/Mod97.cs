using System.Globalization;

namespace Pipeline.SampleData.Tests.Identifiers;

/// <summary>
/// The Belgian national register number check, written here from the official rule rather than taken from
/// the generator: 11 digits YYMMDD SSS CC, where CC = 97 − (YYMMDDSSS mod 97) for people born before 2000
/// and CC = 97 − (2YYMMDDSSS mod 97) for people born from 2000 (a 2 prefixed to the nine digits).
/// </summary>
internal static class Mod97
{
    public static bool IsValid(string digits)
    {
        if (digits.Length != 11 || digits.Any(c => c is < '0' or > '9'))
        {
            return false;
        }

        var check = int.Parse(digits.AsSpan(9, 2), CultureInfo.InvariantCulture);
        var bornBefore2000 = decimal.Parse(digits[..9], CultureInfo.InvariantCulture);
        var bornFrom2000 = decimal.Parse("2" + digits[..9], CultureInfo.InvariantCulture);
        return check == 97 - (bornBefore2000 % 97) || check == 97 - (bornFrom2000 % 97);
    }

    /// <summary>A valid number for a birth date and serial, by the same rule (for test samples).</summary>
    public static string Make(DateOnly birth, int serial)
    {
        var body = birth.ToString("yyMMdd", CultureInfo.InvariantCulture) + serial.ToString("D3", CultureInfo.InvariantCulture);
        var value = decimal.Parse(birth.Year >= 2000 ? "2" + body : body, CultureInfo.InvariantCulture);
        return body + (97 - (value % 97)).ToString("00", CultureInfo.InvariantCulture);
    }
}
