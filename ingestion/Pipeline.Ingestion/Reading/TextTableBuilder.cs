using Pipeline.DuckDb;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// Builds a source table row by row for formats read in .NET (spreadsheets, JSON Lines): creates the text
/// table and appends each row with its line number and any stray values beyond the header.
/// </summary>
internal sealed class TextTableBuilder : IDisposable
{
    private readonly DuckDBAppender appender;
    private readonly int width;

    public TextTableBuilder(DuckDBConnection work, string table, int width)
    {
        this.width = width;
        var columns = string.Join(", ", Enumerable.Range(0, width).Select(i => SourceTable.ColumnName(i) + " VARCHAR"));
        Sql.Execute(work, $"CREATE TABLE {table} (_line BIGINT, _extra VARCHAR{(width > 0 ? ", " : string.Empty)}{columns})");
        appender = work.CreateAppender(table);
    }

    public void Add(long line, IReadOnlyList<string?> values, string? extra)
    {
        appender.Append(line).Append(extra);
        for (var i = 0; i < width; i++)
        {
            appender.Append(i < values.Count ? values[i] : null);
        }

        appender.EndRow();
    }

    public void Dispose() => appender.Dispose();
}
