using System.Globalization;
using Pipeline.Ingestion.Manifest;

namespace Pipeline.Ingestion.Reports;

/// <summary>The French wording shared by the HTML and XLSX reports.</summary>
internal static class ReportText
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-BE");

    public static string Status(string status) => status switch
    {
        IngestStatus.Ingested => "Accepté",
        IngestStatus.Duplicate => "Doublon (déjà reçu)",
        IngestStatus.Superseded => "Remplacé par un envoi plus récent",
        IngestStatus.Refused => "Refusé",
        IngestStatus.Unrecognised => "Non reconnu",
        IngestStatus.Empty => "Vide",
        _ => "Erreur de lecture",
    };

    public static string Number(long value) => value.ToString("#,0", French);

    public static string Date(DateTime value) => value.ToString("dd/MM/yyyy HH:mm", French);

    public static string Lines(IReadOnlyList<long> lines, long total) =>
        string.Join(", ", lines.Select(l => l.ToString(CultureInfo.InvariantCulture))) + (total > lines.Count ? ", …" : string.Empty);
}
