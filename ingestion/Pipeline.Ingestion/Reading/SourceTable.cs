namespace Pipeline.Ingestion.Reading;

/// <summary>
/// One table of a received file loaded into DuckDB as text: a temporary table (or view) with <c>_line</c> (the line or
/// spreadsheet row in the file) and columns <c>c0…cN</c> in header order, before any typing or checking.
/// </summary>
public sealed record SourceTable(
    string TableName,
    IReadOnlyList<string> Header,
    string? Sheet,
    IReadOnlyList<RejectedLine> Rejected,
    int SkippedTotalsLines)
{
    /// <summary>What removes the table (and whatever it was built from) from the work database.</summary>
    public string DropStatement { get; init; } = $"DROP TABLE IF EXISTS {TableName};";

    /// <summary>
    /// Header positions known to hold no space, their empty values read as NULL: their values need no trimming.
    /// Only the streamed path knows this (its byte pass looks at every field); trimming the others costs a string
    /// copy per value.
    /// </summary>
    public IReadOnlySet<int> ColumnsWithoutSpaces { get; init; } = new HashSet<int>();

    /// <summary>The temporary column holding header position <paramref name="index"/>.</summary>
    public static string ColumnName(int index) => "c" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A line that could not even be split into the header's columns (too many or too few fields, broken quoting).</summary>
public sealed record RejectedLine(long Line, string Content, string Problem);
