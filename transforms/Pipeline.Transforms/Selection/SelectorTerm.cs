using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Transforms.Selection;

/// <summary>
/// One selector term, dbt's syntax: an optional <c>[n]+</c> prefix (ancestors, n levels or all), a method
/// (<c>tag:</c>, <c>path:</c>, or a name with <c>*</c> wildcards), an optional <c>+[n]</c> suffix (descendants).
/// </summary>
internal sealed partial record SelectorTerm(
    string Method, string Value, bool Ancestors, int? AncestorDepth, bool Descendants, int? DescendantDepth)
{
    public static SelectorTerm Parse(string text)
    {
        var match = TermPattern().Match(text);
        if (!match.Success || match.Groups["body"].Value.Length == 0)
        {
            throw new NodeSelectionException(
                $"sélecteur invalide « {text} » : écrivez un nom (stg_parcours), x+ (et ce qui en dépend), +x (et ce dont il dépend), "
                + "tag:nom ou path:dossier.");
        }

        var body = match.Groups["body"].Value;
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        var (method, value) = colon > 0 ? (body[..colon].ToLowerInvariant(), body[(colon + 1)..]) : ("name", body);
        if (method is not ("name" or "tag" or "path") || value.Length == 0)
        {
            throw new NodeSelectionException($"sélecteur « {text} » : méthodes connues tag:, path: (ou un nom de modèle, de seed ou de test).");
        }

        return new SelectorTerm(
            method,
            value,
            match.Groups["up"].Success,
            Depth(match.Groups["upDepth"]),
            match.Groups["down"].Success,
            Depth(match.Groups["downDepth"]));
    }

    private static int? Depth(Group group) =>
        group.Success && group.Value.Length > 0 ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?<up>(?<upDepth>\d*)\+)?(?<body>[^+]*)(?<down>\+(?<downDepth>\d*))?$")]
    private static partial Regex TermPattern();
}
