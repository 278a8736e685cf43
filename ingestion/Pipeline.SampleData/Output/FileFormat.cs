namespace Pipeline.SampleData.Output;

/// <summary>How a federation packages its extracts (domain.md §8).</summary>
internal enum FileFormat
{
    /// <summary>One CSV file per dataset and year.</summary>
    Csv,

    /// <summary>One JSON Lines file per dataset and year.</summary>
    JsonLines,

    /// <summary>One workbook per year with a sheet per dataset.</summary>
    XlsxWorkbookPerYear,

    /// <summary>One workbook per dataset and year, with a title block above the header row.</summary>
    XlsxWithTitleBlock,
}
