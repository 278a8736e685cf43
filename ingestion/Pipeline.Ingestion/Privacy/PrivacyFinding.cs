namespace Pipeline.Ingestion.Privacy;

/// <summary>Something in a file that identifies a person: which column, what was found, how many values.</summary>
public sealed record PrivacyFinding(string Column, string What, long Values)
{
    /// <summary>The finding in a sentence, for the manifest and the report.</summary>
    public string Describe() => Values > 0
        ? $"la colonne « {Column} » contient {What} ({Values} valeur(s))"
        : $"la colonne « {Column} » est une donnée d'identification ({What})";
}
