using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// One streaming pass over a text file before DuckDB reads it: is it UTF-8, which delimiter, what is the
/// header, and where records do not start on the line after the previous one (blank lines, quoted line
/// breaks), so DuckDB's row order can be mapped back to the lines a person sees in the file.
/// </summary>
internal sealed class TextFileShape
{
    private static readonly char[] Delimiters = [';', ',', '\t', '|'];

    private TextFileShape(bool isUtf8, bool hasBom, string headerLine, char delimiter, IReadOnlyList<(long Record, long Line)> lineBreaks, long records)
    {
        IsUtf8 = isUtf8;
        HasBom = hasBom;
        HeaderLine = headerLine;
        Delimiter = delimiter;
        RecordLineBreaks = lineBreaks;
        Records = records;
    }

    public bool IsUtf8 { get; }

    public bool HasBom { get; }

    public string HeaderLine { get; }

    public char Delimiter { get; }

    /// <summary>Data records after the header (blank lines excluded).</summary>
    public long Records { get; }

    /// <summary>
    /// Where the record → line function changes: from record r on (0-based, after the header), record k
    /// starts on line k + (Line − Record), until the next entry.
    /// </summary>
    public IReadOnlyList<(long Record, long Line)> RecordLineBreaks { get; }

    /// <summary>The line on which data record <paramref name="record"/> (0-based) starts.</summary>
    public long LineOfRecord(long record)
    {
        var (start, line) = RecordLineBreaks.LastOrDefault(b => b.Record <= record);
        return line + (record - start);
    }

    /// <summary>The data record (0-based) that starts on physical <paramref name="line"/>.</summary>
    public long RecordOfLine(long line)
    {
        var (start, first) = RecordLineBreaks.LastOrDefault(b => b.Line <= line);
        return start + (line - first);
    }

    /// <summary>
    /// Reads the whole file, or only its first <paramref name="maxBytes"/>: enough for the encoding, delimiter and
    /// header of a file whose records are counted elsewhere (records and line breaks then stop there too).
    /// </summary>
    public static TextFileShape Read(string path, long maxBytes = long.MaxValue)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var buffer = new byte[1 << 16];
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[buffer.Length + 4];
        var isUtf8 = true;
        var header = new List<byte>();
        var headerDone = false;
        var inQuotes = false;
        var breaks = new List<(long, long)>();
        long line = 1;
        long records = -1; // the header is the first record read, numbered -1; data records count from 0
        var recordStartLine = 1L;
        var lineHasContent = false;
        int read;
        var first = true;
        var hasBom = false;
        var left = maxBytes;
        while (left > 0 && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left))) > 0)
        {
            left -= read;
            var span = buffer.AsSpan(0, read);
            if (first)
            {
                hasBom = span.StartsWith("\xEF\xBB\xBF"u8);
                first = false;
            }

            if (isUtf8)
            {
                try
                {
                    decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    isUtf8 = false;
                }
            }

            foreach (var b in span)
            {
                if (!headerDone)
                {
                    if (b == (byte)'\n')
                    {
                        headerDone = true;
                    }
                    else
                    {
                        header.Add(b);
                    }
                }

                if (b == (byte)'"')
                {
                    inQuotes = !inQuotes;
                    lineHasContent = true;
                }
                else if (b == (byte)'\n')
                {
                    if (!inQuotes)
                    {
                        if (lineHasContent)
                        {
                            EndRecord(breaks, ref records, recordStartLine);
                        }

                        recordStartLine = line + 1;
                        lineHasContent = false;
                    }

                    line++;
                }
                else if (b != (byte)'\r')
                {
                    lineHasContent = true;
                }
            }
        }

        if (lineHasContent)
        {
            EndRecord(breaks, ref records, recordStartLine);
        }

        var headerBytes = header.ToArray().AsSpan();
        if (hasBom)
        {
            headerBytes = headerBytes[3..];
        }

        var headerText = (isUtf8 ? Encoding.UTF8 : Windows1252.Encoding).GetString(headerBytes).TrimEnd('\r');
        var delimiter = Delimiters.OrderByDescending(d => headerText.Count(c => c == d)).First();
        return new TextFileShape(isUtf8, hasBom, headerText, delimiter, breaks, Math.Max(0, records));
    }

    // A record (the header, then data records from 0) ended; it started on recordStartLine. A break is noted
    // where a data record's line no longer follows from the previous break.
    private static void EndRecord(List<(long Record, long Line)> breaks, ref long records, long recordStartLine)
    {
        if (records >= 0 && (breaks.Count == 0 || recordStartLine - records != breaks[^1].Line - breaks[^1].Record))
        {
            breaks.Add((records, recordStartLine));
        }

        records++;
    }

    /// <summary>Splits a header line on the delimiter, honouring double quotes.</summary>
    public IReadOnlyList<string> SplitHeader()
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < HeaderLine.Length; i++)
        {
            var c = HeaderLine[i];
            if (c == '"')
            {
                if (quoted && i + 1 < HeaderLine.Length && HeaderLine[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == Delimiter && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
