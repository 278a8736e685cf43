namespace Pipeline.Ingestion.Reports;

/// <summary>What a validation report tells a federation about one received file.</summary>
public sealed record FileReport(
    string ReceivedPath,
    string Federation,
    string Sha256,
    DateTime ReceivedAt,
    IReadOnlyList<TableReport> Tables);

/// <summary>One table of the file (the file itself, or a sheet): outcome, counts and grouped problems.</summary>
public sealed record TableReport(
    string? Sheet,
    string? Dataset,
    string Status,
    string? Reason,
    long RowsRead,
    long RowsOk,
    long RowsQuarantined,
    int TotalsLinesSkipped,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<ProblemGroup> Problems);

/// <summary>All rows that broke one rule in one column, as one problem with a few examples.</summary>
public sealed record ProblemGroup(string? Column, string Rule, long Rows, IReadOnlyList<long> FirstLines, IReadOnlyList<string?> Examples);
