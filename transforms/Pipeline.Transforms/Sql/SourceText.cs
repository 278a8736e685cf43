using System.Text;

namespace Pipeline.Transforms.Sql;

/// <summary>Line arithmetic on SQL text. DuckDB's parser reports positions as byte offsets into the UTF-8 text.</summary>
internal static class SourceText
{
    /// <summary>The 1-based line holding the UTF-8 byte at <paramref name="byteOffset"/>.</summary>
    public static int LineAtByteOffset(string text, long byteOffset)
    {
        var line = 1;
        long bytes = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (bytes >= byteOffset)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            if (rune.Value == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The 1-based line holding the character at <paramref name="index"/>.</summary>
    public static int LineAtIndex(string text, int index) =>
        1 + text.AsSpan(0, Math.Clamp(index, 0, text.Length)).Count('\n');

    /// <summary>Number of line breaks in <paramref name="text"/>: what a prefix adds to line numbers.</summary>
    public static int LineBreaks(string text) => text.AsSpan().Count('\n');

    /// <summary>
    /// The text with its statement-ending semicolon (the last one outside strings, quoted names and comments,
    /// followed only by blanks and comments) replaced by a space, so that it can be wrapped in a subquery.
    /// Lengths and lines are unchanged.
    /// </summary>
    public static string WithoutFinalSemicolon(string sql)
    {
        var last = -1;
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c is '\'' or '"')
            {
                i = SkipQuoted(sql, i, c);
                continue;
            }

            if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                i = end < 0 ? sql.Length : end;
                continue;
            }

            if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 2;
                continue;
            }

            if (c == ';')
            {
                last = i;
            }
            else if (!char.IsWhiteSpace(c))
            {
                last = -1;
            }

            i++;
        }

        if (last < 0)
        {
            return sql;
        }

        var builder = new StringBuilder(sql) { [last] = ' ' };
        return builder.ToString();
    }

    private static int SkipQuoted(string sql, int start, char quote)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (sql[i] == quote)
            {
                if (i + 1 < sql.Length && sql[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            i++;
        }

        return i;
    }
}
