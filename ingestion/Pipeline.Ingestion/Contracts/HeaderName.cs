using System.Globalization;
using System.Text;

namespace Pipeline.Ingestion.Contracts;

/// <summary>
/// Header normalisation shared by contracts and files: trim, lower-case, accents removed, spaces, dashes and
/// apostrophes to '_', other punctuation dropped. "Date d'entrée" → "date_d_entree"; "année" → "annee".
/// </summary>
public static class HeaderName
{
    public static string Normalise(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return string.Empty;
        }

        var decomposed = header.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                result.Append(c);
            }
            else if ((char.IsWhiteSpace(c) || c is '_' or '-' or '\'' or '’' or '.' or '/') && result.Length > 0 && result[^1] != '_')
            {
                result.Append('_');
            }
        }

        return result.ToString().TrimEnd('_');
    }
}
