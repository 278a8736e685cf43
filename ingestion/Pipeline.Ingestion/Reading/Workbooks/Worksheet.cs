namespace Pipeline.Ingestion.Reading.Workbooks;

/// <summary>One sheet of a workbook, its rows read lazily and in order.</summary>
internal sealed record Worksheet(string Name, IEnumerable<SheetRow> Rows);

/// <summary>
/// A row of a sheet: its number as Excel shows it (1 = the first row) and its cells as text (null when empty),
/// trailing empty cells left out. The cell list is reused for the next row: copy it to keep it.
/// </summary>
internal readonly record struct SheetRow(long Number, IReadOnlyList<string?> Cells);
