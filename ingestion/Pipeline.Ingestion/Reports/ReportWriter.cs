namespace Pipeline.Ingestion.Reports;

/// <summary>Writes a file's validation report, as HTML and XLSX, to lake/reports/&lt;FEDERATION&gt;/.</summary>
internal static class ReportWriter
{
    /// <summary>Writes both forms; returns the HTML path.</summary>
    public static string Write(string lakePath, FileReport report)
    {
        var folder = Path.Combine(lakePath, "reports", report.Federation);
        Directory.CreateDirectory(folder);
        var stem = $"{Path.GetFileNameWithoutExtension(report.ReceivedPath)}.{report.Sha256[..8]}";
        var html = Path.Combine(folder, stem + ".html");
        File.WriteAllText(html, HtmlReport.Render(report));
        using (var stream = new FileStream(Path.Combine(folder, stem + ".xlsx"), FileMode.Create, FileAccess.Write))
        {
            XlsxReport.Write(stream, report);
        }

        return html;
    }
}
