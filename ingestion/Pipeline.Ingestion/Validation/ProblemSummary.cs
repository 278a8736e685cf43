using Pipeline.DuckDb;
using Pipeline.Ingestion.Reading;
using Pipeline.Ingestion.Reports;

namespace Pipeline.Ingestion.Validation;

/// <summary>Groups a checked table's problems by column and rule, so 10 000 errors of one kind read as one problem.</summary>
internal static class ProblemSummary
{
    private const int Examples = 5;

    public static IReadOnlyList<ProblemGroup> Summarise(DuckDBConnection work, string checkedTable, SourceTable source)
    {
        var groups = Sql.Query(work, $"""
            SELECT e.colonne, e.regle, count(*) AS n, list(_line ORDER BY _line)[1:{Examples}], list(e.valeur ORDER BY _line)[1:{Examples}]
            FROM (SELECT _line, unnest(_errors) AS e FROM {checkedTable})
            GROUP BY ALL ORDER BY n DESC, e.colonne, e.regle
            """,
            r => new ProblemGroup(
                r.IsDBNull(0) ? null : r.GetString(0),
                r.GetString(1),
                r.GetInt64(2),
                r.GetFieldValue<List<long?>>(3).Select(l => l ?? 0).ToList(),
                r.GetFieldValue<List<string?>>(4)));
        if (source.Rejected.Count > 0)
        {
            groups.Insert(0, new ProblemGroup(null, Rules.MalformedLine, source.Rejected.Count,
                source.Rejected.Take(Examples).Select(r => r.Line).ToList(), source.Rejected.Take(Examples).Select(r => (string?)r.Content).ToList()));
        }

        return groups;
    }
}
