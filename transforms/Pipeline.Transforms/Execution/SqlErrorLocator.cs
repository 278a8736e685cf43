using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Transforms.Execution;

/// <summary>
/// Maps a DuckDB error back to the user's file. DuckDB writes <c>LINE n:</c> relative to the statement it
/// ran, which is the file's text after a prefix of known lines; the LINE in the message is renumbered so
/// that the message and the reported line agree. Without a LINE, an identifier quoted in the message is
/// looked up in the file (outside comments) as a fallback.
/// </summary>
internal static partial class SqlErrorLocator
{
    public static (int? Line, string Message) Locate(string message, string sql, int prefixLines)
    {
        var match = LinePattern().Match(message);
        if (match.Success)
        {
            var line = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) - prefixLines;
            if (line >= 1)
            {
                var renumbered = LinePattern().Replace(message, m => string.Create(CultureInfo.InvariantCulture, $"LINE {line}:"), 1);
                return (line, renumbered);
            }
        }

        return (Guess(message, sql), message);
    }

    private static int? Guess(string message, string sql)
    {
        var name = NamePattern().Match(message);
        if (!name.Success)
        {
            return null;
        }

        var word = new Regex($@"(?<![\w""]){Regex.Escape(name.Groups["name"].Value)}(?![\w""])|""{Regex.Escape(name.Groups["name"].Value)}""",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var lines = sql.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i];
            var comment = code.IndexOf("--", StringComparison.Ordinal);
            if (comment >= 0)
            {
                code = code[..comment];
            }

            if (word.IsMatch(code))
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"LINE (?<n>\d+):")]
    private static partial Regex LinePattern();

    // "Referenced column "x" not found", "Table with name x does not exist", "column "x" ...".
    [GeneratedRegex(@"(?:column ""(?<name>[^""]+)""|Table with name (?<name>[\w]+)|function (?<name>[\w]+)\()", RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();
}
