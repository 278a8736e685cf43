using Pipeline.SampleData.Defects;
using Pipeline.SampleData.Generation;
using Pipeline.SampleData.Sector;

using Pipeline.Core.Spreadsheets;

namespace Pipeline.SampleData.Output;

/// <summary>
/// Writes one federation file: the datasets' rows in the federation's format, with row defects injected.
/// The file appears under its final name only once complete (written hidden, then renamed).
/// </summary>
internal static class ExtractWriter
{
    // atLeastOneDefect damages the first row whatever the draws: the v1 of a corrected file must have something to correct.
    public static GeneratedFile Write(string inboxPath, string relativePath, FederationStyle style, IReadOnlyList<DatasetSchema> datasets,
        RowContext context, double defectRate, bool atLeastOneDefect, CancellationToken cancellationToken)
    {
        var finalPath = Path.Combine(inboxPath, relativePath);
        var partialPath = Path.Combine(Path.GetDirectoryName(finalPath)!, "." + Path.GetFileName(finalPath) + ".partial");
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        var defects = new Dictionary<RowDefect, int>();
        long rows = 0;
        using (var stream = new FileStream(partialPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (style.Format == FileFormat.XlsxWorkbookPerYear || style.Format == FileFormat.XlsxWithTitleBlock)
            {
                using var workbook = new XlsxWorkbookWriter(stream);
                foreach (var dataset in datasets)
                {
                    var layout = Layout(style, dataset, context);
                    var title = style.Format == FileFormat.XlsxWithTitleBlock
                        ? new[] { $"{style.Federation} — extraction « {dataset.Name} » — année {context.Year}", $"Export du 15/01/{context.Year + 1}, données pseudonymisées" }
                        : null;
                    using var table = new XlsxTableWriter(workbook, dataset.Name, layout, title);
                    rows += WriteRows(table, dataset, layout, context, defectRate, atLeastOneDefect, defects, cancellationToken);
                }
            }
            else
            {
                var dataset = datasets.Single();
                var layout = Layout(style, dataset, context);
                using ITableWriter table = style.Format == FileFormat.JsonLines
                    ? new JsonLinesTableWriter(stream, layout)
                    : new CsvTableWriter(stream, layout);
                rows += WriteRows(table, dataset, layout, context, defectRate, atLeastOneDefect, defects, cancellationToken);
            }
        }

        File.Move(partialPath, finalPath, overwrite: true);
        return new GeneratedFile(relativePath, style.Federation, datasets.Count == 1 ? datasets[0].Name : null, context.Year, GeneratedFile.Extract, rows, defects);
    }

    private static TableLayout Layout(FederationStyle style, DatasetSchema dataset, RowContext context) =>
        new(dataset.ColumnsFor(context.SchemaVersion), style, context.Year);

    private static long WriteRows(ITableWriter table, DatasetSchema dataset, TableLayout layout, RowContext context, double defectRate,
        bool atLeastOneDefect, Dictionary<RowDefect, int> defects, CancellationToken cancellationToken)
    {
        var rng = SampleRandom.For(context.Seed, "defects", context.Federation, dataset.Name, context.Year, defectRate);
        var injector = new RowDefectInjector(defectRate, rng, layout.Columns, layout.Style.DateFormat, atLeastOneDefect);
        long rows = 0;
        foreach (var row in DatasetRows.Generate(dataset, context))
        {
            if ((rows & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var (written, extraField) in injector.Apply(row))
            {
                table.WriteRow(written, extraField);
                rows++;
            }
        }

        foreach (var (defect, count) in injector.Injected)
        {
            defects[defect] = defects.GetValueOrDefault(defect) + count;
        }

        return rows;
    }
}
