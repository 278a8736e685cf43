using System.Text.RegularExpressions;

namespace Pipeline.Transforms.Sql;

/// <summary>Quoting of identifiers and literals in the SQL the engine writes.</summary>
internal static partial class SqlIdentifier
{
    /// <summary>True for a name usable unquoted and as a model name: a letter or '_', then letters, digits or '_'.</summary>
    public static bool IsSimple(string name) => SimplePattern().IsMatch(name);

    /// <summary><c>"name"</c>, with embedded quotes doubled.</summary>
    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A SQL string literal: <c>'text'</c>, with embedded quotes doubled.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimplePattern();
}
