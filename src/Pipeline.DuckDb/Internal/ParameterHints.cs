using System.Text.RegularExpressions;

namespace Pipeline.DuckDb.Internal;

/// <summary>
/// Adds a hint to DuckDB errors caused by writing parameters as <c>@name</c>: in DuckDB <c>@</c> is the
/// absolute-value operator, so parameters must be written <c>$name</c>.
/// </summary>
internal static partial class ParameterHints
{
    public static string Explain(string message, string sql)
    {
        var names = AtIdentifiers(sql);
        return names.Count == 0
            ? message
            : $"{message}{Environment.NewLine}Hint: '@' is an operator in DuckDB, not a parameter prefix: write " +
              $"{string.Join(", ", names.Select(n => "$" + n))} instead of {string.Join(", ", names.Select(n => "@" + n))}.";
    }

    /// <summary>
    /// Fails before anything runs when the SQL writes @name and a parameter "name" is given but never written $name:
    /// DuckDB would read @name as abs(name), a column, and silently ignore the parameter.
    /// </summary>
    public static void ThrowIfAtNamesMeantParameters(string sql, DuckDBParameterCollection parameters)
    {
        if (parameters.Count == 0)
        {
            return;
        }

        var code = StripPattern().Replace(sql, " ");
        var meant = AtIdentifiers(sql)
            .Where(name => parameters.Contains(name) &&
                !Regex.IsMatch(code, $@"\${Regex.Escape(name)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .ToList();
        if (meant.Count > 0)
        {
            throw new DuckDBException(
                Explain($"The SQL writes {string.Join(", ", meant.Select(n => "@" + n))} and the command has a parameter of that name, " +
                    "which DuckDB would ignore, reading @name as the absolute value of a column.", sql),
                DuckDBErrorType.ParameterNotResolved);
        }
    }

    /// <summary>The identifiers written as @ident outside string literals, quoted identifiers and comments.</summary>
    internal static IReadOnlyList<string> AtIdentifiers(string sql) =>
        [.. CodeOnly().Matches(StripPattern().Replace(sql, " ")).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"'(?:[^']|'')*'|""(?:[^""]|"""")*""|--[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex StripPattern();

    [GeneratedRegex(@"(?<![\w@])@(?<name>[A-Za-z_]\w*)")]
    private static partial Regex CodeOnly();
}
