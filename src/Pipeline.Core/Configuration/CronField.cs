using System.Globalization;

namespace Pipeline.Core.Configuration;

/// <summary>One of the five cron fields: its French name for messages, its range and its optional names.</summary>
internal sealed record CronField(string Name, int Min, int Max, IReadOnlyList<string> Names)
{
    /// <summary>Reads a number in range, or a name (JAN, MON...) whose position gives its value.</summary>
    public bool TryParseValue(string text, out int value)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return value >= Min && value <= Max;
        }

        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                value = Min + i;
                return true;
            }
        }

        return false;
    }
}
