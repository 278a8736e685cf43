using ExcelDataReader;

namespace Pipeline.SampleData.Tests.Support;

/// <summary>One worksheet as ExcelDataReader sees it: every row, cells typed by the reader (string, double, DateTime, bool).</summary>
internal sealed record Sheet(string Name, IReadOnlyList<object?[]> Rows);

/// <summary>Reads XLSX extracts with ExcelDataReader, the independent reader of the UNESSA and AID files.</summary>
internal static class Workbook
{
    /// <summary>
    /// The sheets of a workbook, or only those named in <paramref name="only"/> (reading stops after the last
    /// of them: ExcelDataReader parses a sheet to move past it, and the acts sheet is by far the largest).
    /// </summary>
    public static List<Sheet> Read(string path, IReadOnlyCollection<string>? only = null)
    {
        // ExcelDataReader's configuration asks for code page 1252 (its fallback for old .xls files) even for .xlsx.
        _ = FederationFiles.Windows1252;
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        var sheets = new List<Sheet>();
        do
        {
            if (only is not null && !only.Contains(reader.Name))
            {
                continue;
            }

            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetValue(i);
                }

                rows.Add(row);
            }

            sheets.Add(new Sheet(reader.Name, rows));
            if (only is not null && sheets.Count == only.Count)
            {
                break;
            }
        }
        while (reader.NextResult());

        return sheets;
    }

    /// <summary>The cells of a row up to its last non-empty one.</summary>
    public static object?[] Trimmed(object?[] row)
    {
        var width = row.Length;
        while (width > 0 && row[width - 1] is null or "")
        {
            width--;
        }

        return row[..width];
    }
}
