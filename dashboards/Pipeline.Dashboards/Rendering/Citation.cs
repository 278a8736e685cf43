namespace Pipeline.Dashboards.Rendering;

/// <summary>The sentence a policy officer pastes to cite a figure: value, definition, period, sources, as-of date.</summary>
public static class Citation
{
    public static string Sentence(
        string label, string value, string? period, string? definition, IReadOnlyList<string> marts, IReadOnlyList<string> federations, string asOf)
    {
        var parts = new List<string> { $"{label} : {value}{(period is null ? "" : $" ({period})")}." };
        if (!string.IsNullOrWhiteSpace(definition))
        {
            parts.Add($"Définition : {definition.TrimEnd('.')}.");
        }

        parts.Add($"Source : {(federations.Count > 0 ? "données des fédérations " + string.Join(", ", federations) : "données des fédérations du secteur ISP-ES")}"
            + $"{(marts.Count > 0 ? ", table " + string.Join(", ", marts) : "")}, {asOf}.");
        return string.Join(" ", parts);
    }

    /// <summary>The « citer ce chiffre » affordance: the sentence, selectable, with a copy button.</summary>
    public static string Html(string sentence) =>
        $"""<details class="citer"><summary>Citer ce chiffre</summary><p class="citation">{Rendering.Html.Encode(sentence)}</p><button type="button" class="copier" data-copy="{Rendering.Html.Attribute(sentence)}">Copier</button></details>""";
}
