namespace Pipeline.Core.Text;

/// <summary>
/// Finds the known name a mistyped one was most likely meant to be (<c>thread</c> → <c>threads</c>,
/// <c>stg_parcour</c> → <c>stg_parcours</c>), for "did you mean" hints in configuration and model errors.
/// </summary>
public static class NameSuggestion
{
    /// <summary>The closest candidate within <paramref name="maxEdits"/> edits (fewer for short names; case-insensitive), or null.</summary>
    public static string? Closest(string key, IEnumerable<string> candidates, int maxEdits = 2)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(key.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Min(maxEdits, Math.Max(1, key.Length / 3)) ? best : null;
    }

    // Levenshtein distance, two rows at a time: keys are short.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
