using Pipeline.SampleData.Sector;

namespace Pipeline.SampleData.Output;

/// <summary>Writes one dataset table (a CSV or JSON Lines file, or an XLSX sheet) row by row.</summary>
internal interface ITableWriter : IDisposable
{
    /// <summary>Writes one data row; <paramref name="extraField"/> appends a stray field (a malformed line, for text formats).</summary>
    void WriteRow(object?[] row, bool extraField = false);
}

/// <summary>What a table writer needs: the columns of the file's schema version and the federation's habits.</summary>
internal sealed record TableLayout(IReadOnlyList<SchemaColumn> Columns, FederationStyle Style, int Year);
