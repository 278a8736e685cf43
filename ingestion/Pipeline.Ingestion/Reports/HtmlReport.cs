using System.Net;
using System.Text;
using Pipeline.Ingestion.Validation;

namespace Pipeline.Ingestion.Reports;

/// <summary>The validation report as a self-contained French HTML page a policy officer can forward as is.</summary>
internal static class HtmlReport
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;color:#1d2733}table{border-collapse:collapse;width:100%;margin:1rem 0}"
        + "th,td{border:1px solid #ccd4dd;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eef2f6}"
        + ".ok{color:#1a7f37}.ko{color:#b42318}code{background:#f3f5f7;padding:0 .2rem}";

    public static string Render(FileReport report)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>Rapport de validation — {E(report.ReceivedPath)}</title>
            <style>{Style}</style></head><body>
            <h1>Rapport de validation</h1>
            <p>Fichier <code>{E(report.ReceivedPath)}</code> reçu de <strong>{E(report.Federation)}</strong> le {ReportText.Date(report.ReceivedAt)}
            (empreinte SHA-256 <code>{report.Sha256[..16]}…</code>).</p>
            """);
        foreach (var table in report.Tables)
        {
            var css = table.Status == Manifest.IngestStatus.Ingested ? "ok" : "ko";
            html.Append($"""
                <h2>{E(table.Sheet is null ? table.Dataset ?? "Contenu" : $"Feuille « {table.Sheet} »")}{(table.Dataset is null ? string.Empty : $" — jeu de données {E(table.Dataset)}")}</h2>
                <p class="{css}"><strong>{ReportText.Status(table.Status)}</strong>{(table.Reason is null ? string.Empty : " : " + E(table.Reason))}</p>
                <table><tr><th>Lignes lues</th><th>Acceptées</th><th>En quarantaine</th></tr>
                <tr><td>{ReportText.Number(table.RowsRead)}</td><td>{ReportText.Number(table.RowsOk)}</td><td>{ReportText.Number(table.RowsQuarantined)}</td></tr></table>
                """);
            if (table.TotalsLinesSkipped > 0)
            {
                html.Append("<p>La ligne de totaux en fin de tableau a été reconnue et ignorée (ce n'est pas une donnée).</p>");
            }

            if (table.IgnoredColumns.Count > 0)
            {
                html.Append($"<p>Colonnes inconnues du contrat, ignorées : {E(string.Join(", ", table.IgnoredColumns))}.</p>");
            }

            if (table.Problems.Count > 0)
            {
                html.Append("<table><tr><th>Colonne</th><th>Problème</th><th>Lignes</th><th>Premières lignes</th><th>Exemples de valeurs</th><th>Comment corriger</th></tr>");
                foreach (var problem in table.Problems)
                {
                    var (meaning, fix) = Rules.Explain(problem.Rule);
                    html.Append($"<tr><td>{E(problem.Column ?? "(ligne entière)")}</td><td>{E(meaning)}</td><td>{ReportText.Number(problem.Rows)}</td>"
                        + $"<td>{ReportText.Lines(problem.FirstLines, problem.Rows)}</td><td>{E(string.Join(" · ", problem.Examples.Select(v => v ?? "(vide)")))}</td><td>{E(fix)}</td></tr>");
                }

                html.Append("</table>");
            }
        }

        html.Append("<p>Les lignes acceptées sont intégrées ; les autres sont conservées en quarantaine avec leur motif. Un fichier corrigé nommé <code>…_v2</code> remplace cet envoi.</p></body></html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
