using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Configuration;

/// <summary>Checks <c>duckdb.memory_limit</c>: a positive size with a unit DuckDB knows, or a percentage of RAM.</summary>
internal static partial class MemoryLimitSyntax
{
    /// <summary>Units DuckDB's own parser accepts, as shown in error messages.</summary>
    public const string AcceptedUnits = "B, KB, MB, GB, TB, KiB, MiB, GiB, TiB ou %";

    /// <summary>True when <paramref name="value"/> is e.g. <c>8GB</c>, <c>512 MiB</c>, <c>1.5GB</c> or <c>80%</c>.</summary>
    public static bool IsValid(string value)
    {
        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var amount = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
        var isPercent = match.Groups["unit"].Value == "%";
        return amount > 0 && (!isPercent || amount <= 100);
    }

    /// <summary>Reads <c>80%</c> as 80; false for absolute sizes.</summary>
    public static bool TryParsePercent(string value, out double percent)
    {
        var match = Pattern().Match(value);
        if (match.Success && match.Groups["unit"].Value == "%")
        {
            percent = double.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture);
            return true;
        }

        percent = 0;
        return false;
    }

    [GeneratedRegex(@"^(?<amount>[0-9]+(\.[0-9]+)?) ?(?<unit>[KMGT]i?B|B|%)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
