using System.Buffers;
using System.Globalization;
using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.Ingestion.Reading;

/// <summary>
/// A UTF-8 copy of a CSV file's data records, each prefixed with the line it starts on in the received file
/// (<c>412;value;value…</c>), written in one streaming pass. DuckDB can then stream the file straight into
/// Parquet and still say which line a row came from: numbering rows in SQL (<c>row_number() OVER ()</c>)
/// costs more than reading the file, and <c>read_csv</c> has no row number of its own. The same pass notes
/// what would send the file to the full path: a column whose values could identify someone, a totals line.
/// </summary>
internal sealed class NumberedCsv : IDisposable
{
    private NumberedCsv(string path, long records, IReadOnlySet<int> suspectColumns, IReadOnlySet<int> spacedColumns, string lastRecordFirstField)
    {
        Path = path;
        Records = records;
        SuspectColumns = suspectColumns;
        SpacedColumns = spacedColumns;
        LastRecordFirstField = lastRecordFirstField;
    }

    /// <summary>The temporary copy: no header, UTF-8, first field the line number.</summary>
    public string Path { get; }

    /// <summary>Data records copied (blank lines are not records).</summary>
    public long Records { get; }

    /// <summary>
    /// Columns (0-based, in the header's order) holding at least one value that could be a national number, a
    /// phone or an e-mail: at most 18 digits and separators of which at least 9 digits, or an @. A superset of what
    /// <see cref="Privacy.PrivacyGuard"/> looks at, so a file without suspects needs no privacy scan in SQL.
    /// </summary>
    public IReadOnlySet<int> SuspectColumns { get; }

    /// <summary>Columns (0-based) holding at least one space: the only ones whose values may need trimming.</summary>
    public IReadOnlySet<int> SpacedColumns { get; }

    /// <summary>The first field of the last record, unquoted: "TOTAL" marks a totals line.</summary>
    public string LastRecordFirstField { get; }

    public void Dispose() => File.Delete(Path);

    /// <summary>Copies <paramref name="source"/> into <paramref name="scratchFolder"/>, reading <paramref name="bufferSize"/> bytes at a time.</summary>
    public static NumberedCsv Write(string source, TextFileShape shape, string scratchFolder, int bufferSize = 1 << 20)
    {
        Directory.CreateDirectory(scratchFolder);
        var target = System.IO.Path.Combine(scratchFolder, string.Create(CultureInfo.InvariantCulture, $"{Guid.NewGuid():N}.numbered.csv"));
        try
        {
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            var copier = new Copier(output, (byte)shape.Delimiter, shape.IsUtf8);
            var buffer = new byte[bufferSize];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                copier.Copy(buffer.AsSpan(0, read));
            }

            copier.Finish();
            return new NumberedCsv(target, copier.Records, copier.Suspects, copier.Spaced, copier.LastFirstField);
        }
        catch
        {
            File.Delete(target);
            throw;
        }
    }

    /// <summary>
    /// The byte-level state machine. Quotes, delimiters and line breaks are ASCII in UTF-8 and Windows-1252
    /// alike, so records are found on bytes; Windows-1252 text is transcoded as it is written. A record's bytes
    /// are copied in one piece when it ends (or when the buffer does), not field by field: at 5M records, one
    /// write per field cost more than the scan itself.
    /// </summary>
    private sealed class Copier(Stream output, byte delimiter, bool isUtf8)
    {
        // The bytes a national number or a phone is written with; any other byte rules a field out. '\r' is one of
        // them because the last field of a CRLF record is seen with it.
        private static readonly SearchValues<byte> NumberBytes = SearchValues.Create("0123456789+ ./-\r"u8);

        private readonly SearchValues<byte> stops = SearchValues.Create([(byte)'"', (byte)'\n', delimiter]);
        private readonly byte[] pending = new byte[1 << 20];
        private readonly byte[] firstField = new byte[64];
        private int pendingLength;
        private int firstFieldLength;
        private long line = 1;
        private bool inRecord;
        private bool inQuotes;
        private bool headerSeen;
        private bool heldReturn;
        private bool bufferHasAt;
        private bool bufferHasSpace;
        private int field;
        private FieldShape current;

        public long Records { get; private set; }

        public HashSet<int> Suspects { get; } = [];

        public HashSet<int> Spaced { get; } = [];

        public string LastFirstField { get; private set; } = string.Empty;

        public void Copy(ReadOnlySpan<byte> span)
        {
            bufferHasAt = span.Contains((byte)'@');
            bufferHasSpace = span.Contains((byte)' ');
            if (heldReturn)
            {
                // A '\r' ended the previous buffer: it is part of the record unless this buffer ends the record.
                heldReturn = false;
                if (!(span[0] == '\n' && !inQuotes))
                {
                    Write("\r"u8);
                }
            }

            var i = 0;
            var copyFrom = 0;
            while (i < span.Length)
            {
                if (!inRecord)
                {
                    // Between records: blank lines (and the line ends after the header) are skipped.
                    var b = span[i];
                    if (b is (byte)'\n' or (byte)'\r')
                    {
                        line += b == '\n' ? 1 : 0;
                        i++;
                        continue;
                    }

                    StartRecord();
                    copyFrom = i;
                }

                var rest = span[i..];
                var stop = rest.IndexOfAny(stops);
                Observe(stop < 0 ? rest : rest[..stop]);
                if (stop < 0)
                {
                    var tail = span[copyFrom..];
                    heldReturn = tail.Length > 0 && tail[^1] == '\r';
                    Write(heldReturn ? tail[..^1] : tail);
                    return;
                }

                var end = i + stop;
                switch (span[end])
                {
                    case (byte)'\n' when !inQuotes:
                        var record = span[copyFrom..end];
                        Write(record.Length > 0 && record[^1] == '\r' ? record[..^1] : record);
                        EndRecord();
                        line++;
                        break;
                    case (byte)'"':
                        inQuotes = !inQuotes;
                        break;
                    case (byte)'\n':
                        line++;
                        current.Other = true;
                        break;
                    default:
                        if (inQuotes)
                        {
                            current.Other = true;
                        }
                        else
                        {
                            EndField();
                        }

                        break;
                }

                i = end + 1;
            }

            if (inRecord)
            {
                Write(span[copyFrom..]);
            }
        }

        public void Finish()
        {
            if (inRecord)
            {
                EndRecord();
            }

            Flush();
            output.Flush();
            LastFirstField = (isUtf8 ? Encoding.UTF8 : Windows1252.Encoding).GetString(firstField, 0, firstFieldLength)
                .Replace("\"", string.Empty, StringComparison.Ordinal).Trim();
        }

        private void StartRecord()
        {
            inRecord = true;
            field = 0;
            current = default;
            firstFieldLength = 0;
            if (headerSeen)
            {
                Span<byte> number = stackalloc byte[24];
                line.TryFormat(number, out var length, provider: CultureInfo.InvariantCulture);
                number[length] = delimiter;
                Write(number[..(length + 1)]);
            }
        }

        private void EndRecord()
        {
            EndField();
            inRecord = false;
            if (!headerSeen)
            {
                headerSeen = true;
                return;
            }

            Write("\n"u8);
            Records++;
        }

        private void EndField()
        {
            if (headerSeen && current.IsSuspect)
            {
                Suspects.Add(field);
            }

            if (headerSeen && current.Space)
            {
                Spaced.Add(field);
            }

            field++;
            current = default;
        }

        private void Observe(ReadOnlySpan<byte> run)
        {
            if (field == 0 && firstFieldLength < firstField.Length)
            {
                var take = run[..Math.Min(run.Length, firstField.Length - firstFieldLength)];
                take.CopyTo(firstField.AsSpan(firstFieldLength));
                firstFieldLength += take.Length;
            }

            if (bufferHasAt && run.Contains((byte)'@'))
            {
                current.At = true;
            }

            if (bufferHasSpace && run.Contains((byte)' '))
            {
                current.Space = true;
            }

            if (!current.Other)
            {
                var other = run.IndexOfAnyExcept(NumberBytes);
                current.Other = other >= 0;
                foreach (var b in other < 0 ? run : run[..other])
                {
                    current.Digits += b is >= (byte)'0' and <= (byte)'9' ? 1 : 0;
                }
            }
        }

        // The header is not copied: the SQL names the columns.
        private void Write(ReadOnlySpan<byte> bytes)
        {
            if (!headerSeen)
            {
                return;
            }

            if (!isUtf8 && bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
            {
                bytes = Encoding.UTF8.GetBytes(Windows1252.Encoding.GetString(bytes));
            }

            if (pendingLength + bytes.Length > pending.Length)
            {
                Flush();
                if (bytes.Length > pending.Length)
                {
                    output.Write(bytes);
                    return;
                }
            }

            bytes.CopyTo(pending.AsSpan(pendingLength));
            pendingLength += bytes.Length;
        }

        private void Flush()
        {
            output.Write(pending, 0, pendingLength);
            pendingLength = 0;
        }
    }

    /// <summary>
    /// What a field could be, seen as its bytes pass: its digits, whether it holds any byte other than a digit or a
    /// separator (<c>+ . / -</c> and space), an @. Quotes are not seen. A national number or a phone has 9 to 18
    /// digits and nothing else but separators; the digit count does not depend on how the value is trimmed or
    /// quoted, so every value <see cref="Privacy.PrivacyGuard"/> would examine is a suspect here: at worst one too
    /// many is seen, and the full path decides. A space anywhere in the field marks its column as one to trim.
    /// </summary>
    private struct FieldShape
    {
        public int Digits;
        public bool Other;
        public bool At;
        public bool Space;

        public readonly bool IsSuspect => At || (!Other && Digits is >= 9 and <= 18);
    }
}
