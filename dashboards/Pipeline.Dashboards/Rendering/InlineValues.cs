using System.Text.RegularExpressions;
using Pipeline.Dashboards.Pages;

namespace Pipeline.Dashboards.Rendering;

/// <summary>
/// Fills <c>{query.column where col=value and col2=value2 | format}</c> in page text from the query's
/// rows: exactly one row must match. A hidden value reads « c », so a sentence never states what a table
/// hides.
/// </summary>
public static partial class InlineValues
{
    [GeneratedRegex(@"\{(?<query>[A-Za-z0-9_]+)\.(?<column>[A-Za-z0-9_]+)(?:\s+where\s+(?<where>[^|}]+?))?\s*(?:\|\s*(?<format>[a-z]+))?\s*\}")]
    private static partial Regex Reference();

    public static string Fill(string markdown, PageContext context, int line)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Reference().Replace(markdown, match =>
        {
            var where = match.Groups["where"].Success ? ParseWhere(match.Groups["where"].Value, context, line) : [];
            var query = match.Groups["query"].Value;
            var column = match.Groups["column"].Value;
            if (!context.Results.TryGetValue(query, out var data))
            {
                throw new PageException(context.Page.SourcePath, line, $"{match.Value} : pas de requête « {query} » dans la page.");
            }

            if (!data.Has(column) || where.Any(w => !data.Has(w.Column)))
            {
                throw new PageException(context.Page.SourcePath, line, $"{match.Value} : colonne inconnue ; colonnes de « {query} » : {string.Join(", ", data.Columns)}.");
            }

            var rows = data.Rows.Where(r => where.All(w => BelgianFormat.Text(data.Value(r, w.Column)) == w.Value)).ToList();
            if (rows.Count != 1)
            {
                throw new PageException(context.Page.SourcePath, line, $"{match.Value} : {rows.Count} ligne(s) correspondent, il en faut exactement une.");
            }

            var format = match.Groups["format"].Success
                ? Enum.TryParse<ValueFormat>(match.Groups["format"].Value, ignoreCase: true, out var f) ? f
                    : throw new PageException(context.Page.SourcePath, line, $"{match.Value} : format inconnu « {match.Groups["format"].Value} ».")
                : BelgianFormat.Guess(column);
            return BelgianFormat.Shown(data, rows[0], column, format);
        });
    }

    private static List<(string Column, string Value)> ParseWhere(string text, PageContext context, int line) =>
        [.. text.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(condition =>
        {
            var parts = condition.Split('=', 2, StringSplitOptions.TrimEntries);
            return parts.Length == 2
                ? (parts[0], parts[1].Trim('\'', '"'))
                : throw new PageException(context.Page.SourcePath, line, $"condition « {condition} » : écrivez colonne=valeur.");
        })];
}
