using Pipeline.Core.Spreadsheets;
using Pipeline.Ingestion.Validation;

namespace Pipeline.Ingestion.Reports;

/// <summary>The validation report as a workbook: a summary sheet and a sheet of grouped problems.</summary>
internal static class XlsxReport
{
    public static void Write(Stream stream, FileReport report)
    {
        using var workbook = new XlsxWorkbookWriter(stream);
        using (var summary = workbook.AddSheet("Synthèse"))
        {
            summary.WriteRow(["Rapport de validation", report.ReceivedPath], bold: true);
            summary.WriteRow(["Fédération", report.Federation]);
            summary.WriteRow(["Reçu le", ReportText.Date(report.ReceivedAt)]);
            summary.WriteRow([]);
            summary.WriteRow(["Feuille", "Jeu de données", "Statut", "Motif", "Lignes lues", "Acceptées", "En quarantaine"], bold: true);
            foreach (var table in report.Tables)
            {
                summary.WriteRow([table.Sheet, table.Dataset, ReportText.Status(table.Status), table.Reason, table.RowsRead, table.RowsOk, table.RowsQuarantined]);
            }
        }

        using var problems = workbook.AddSheet("Problèmes");
        problems.WriteRow(["Feuille", "Colonne", "Problème", "Lignes concernées", "Premières lignes", "Exemples de valeurs", "Comment corriger"], bold: true);
        foreach (var table in report.Tables)
        {
            foreach (var problem in table.Problems)
            {
                var (meaning, fix) = Rules.Explain(problem.Rule);
                problems.WriteRow([table.Sheet ?? table.Dataset, problem.Column ?? "(ligne entière)", meaning, problem.Rows,
                    ReportText.Lines(problem.FirstLines, problem.Rows), string.Join(" · ", problem.Examples.Select(v => v ?? "(vide)")), fix]);
            }
        }
    }
}
