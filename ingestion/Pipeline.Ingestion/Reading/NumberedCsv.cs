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
    private NumberedCsv(string path, long records, IReadOnlySet<int> suspectColumns, string lastRecordFirstField)
    {
        Path = path;
        Records = records;
        SuspectColumns = suspectColumns;
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

    /// <summary>The first field of the last record, unquoted: "TOTAL" marks a totals line.</summary>
    public string LastRecordFirstField { get; }

    public void Dispose() => File.Delete(Path);

    public static NumberedCsv Write(string source, TextFileShape shape, string scratchFolder)
    {
        Directory.CreateDirectory(scratchFolder);
        var target = System.IO.Path.Combine(scratchFolder, string.Create(CultureInfo.InvariantCulture, $"{Guid.NewGuid():N}.numbered.csv"));
        try
        {
            using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
            var copier = new Copier(output, (byte)shape.Delimiter, shape.IsUtf8);
            var buffer = new byte[1 << 20];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                copier.Copy(buffer.AsSpan(0, read));
            }

            copier.Finish();
            return new NumberedCsv(target, copier.Records, copier.Suspects, copier.LastFirstField);
        }
        catch
        {
            File.Delete(target);
            throw;
        }
    }

    /// <summary>
    /// The byte-level state machine. Quotes, delimiters and line breaks are ASCII in UTF-8 and Windows-1252
    /// alike, so records are found on bytes; Windows-1252 text is transcoded as it is written.
    /// </summary>
    private sealed class Copier(Stream output, byte delimiter, bool isUtf8)
    {
        private readonly SearchValues<byte> stops = SearchValues.Create([(byte)'"', (byte)'\n', delimiter]);
        private readonly List<byte> firstField = [];
        private long line = 1;
        private bool inRecord;
        private bool inQuotes;
        private bool headerSeen;
        private bool pendingReturn;
        private int field;
        private FieldShape current;

        public long Records { get; private set; }

        public HashSet<int> Suspects { get; } = [];

        public string LastFirstField { get; private set; } = string.Empty;

        public void Copy(ReadOnlySpan<byte> span)
        {
            var i = 0;
            while (i < span.Length)
            {
                if (!inRecord)
                {
                    // Between records: blank lines (and a BOM before the header) are skipped.
                    var b = span[i];
                    if (b == '\n')
                    {
                        line++;
                        i++;
                        continue;
                    }

                    if (b == '\r')
                    {
                        i++;
                        continue;
                    }

                    StartRecord();
                }

                var rest = span[i..];
                var stop = rest.IndexOfAny(stops);
                var run = stop < 0 ? rest : rest[..stop];
                Observe(run);
                if (stop < 0)
                {
                    Emit(run, holdReturn: true);
                    return;
                }

                var b2 = rest[stop];
                if (b2 == '\n' && !inQuotes)
                {
                    Emit(run, holdReturn: true, dropReturn: true);
                    EndRecord();
                    line++;
                }
                else
                {
                    Emit(rest[..(stop + 1)], holdReturn: false);
                    if (b2 == '"')
                    {
                        inQuotes = !inQuotes;
                    }
                    else if (b2 == '\n')
                    {
                        line++;
                        current.Observe(b2);
                    }
                    else if (!inQuotes)
                    {
                        EndField();
                    }
                    else
                    {
                        current.Observe(b2);
                    }
                }

                i += stop + 1;
            }
        }

        public void Finish()
        {
            if (inRecord)
            {
                EndRecord();
            }

            output.Flush();
        }

        private void StartRecord()
        {
            inRecord = true;
            field = 0;
            current = default;
            firstField.Clear();
            if (headerSeen)
            {
                Span<byte> number = stackalloc byte[24];
                line.TryFormat(number, out var length, provider: CultureInfo.InvariantCulture);
                number[length] = delimiter;
                output.Write(number[..(length + 1)]);
            }
        }

        private void EndRecord()
        {
            EndField();
            inRecord = false;
            pendingReturn = false;
            if (!headerSeen)
            {
                headerSeen = true;
                return;
            }

            output.WriteByte((byte)'\n');
            Records++;
            LastFirstField = Decode(firstField.ToArray()).Replace("\"", string.Empty, StringComparison.Ordinal).Trim();
        }

        private void EndField()
        {
            if (headerSeen && current.IsSuspect)
            {
                Suspects.Add(field);
            }

            field++;
            current = default;
        }

        private void Observe(ReadOnlySpan<byte> run)
        {
            if (field == 0 && firstField.Count < 64)
            {
                foreach (var b in run[..Math.Min(run.Length, 64 - firstField.Count)])
                {
                    firstField.Add(b);
                }
            }

            foreach (var b in run)
            {
                current.Observe(b);
            }
        }

        // A '\r' at the end of a buffer may end the record (CRLF split across reads): hold it until the next byte.
        private void Emit(ReadOnlySpan<byte> bytes, bool holdReturn, bool dropReturn = false)
        {
            if (!headerSeen)
            {
                return;
            }

            if (pendingReturn)
            {
                pendingReturn = false;
                if (!(dropReturn && bytes.IsEmpty))
                {
                    Write([(byte)'\r']);
                }
            }

            if (holdReturn && bytes.Length > 0 && bytes[^1] == '\r')
            {
                bytes = bytes[..^1];
                pendingReturn = !dropReturn;
            }

            Write(bytes);
        }

        private void Write(ReadOnlySpan<byte> bytes)
        {
            if (isUtf8)
            {
                output.Write(bytes);
                return;
            }

            output.Write(Encoding.UTF8.GetBytes(Windows1252.Encoding.GetString(bytes)));
        }

        private string Decode(byte[] bytes) => (isUtf8 ? Encoding.UTF8 : Windows1252.Encoding).GetString(bytes);
    }

    /// <summary>
    /// What a field could be, counted as its bytes pass: characters, digits, any character that is not a digit or
    /// a separator (<c>+ . / -</c> and space), an @. Quotes are not counted, and bytes that look like UTF-8
    /// continuations neither (in Windows-1252 some are characters): a count may fall short of the value's length,
    /// never exceed it, so a suspect is never missed; at worst one too many is seen, and the full path decides.
    /// </summary>
    private struct FieldShape
    {
        public int Characters;
        public int Digits;
        public bool Other;
        public bool At;

        public void Observe(byte b)
        {
            if ((b & 0xC0) != 0x80)
            {
                Characters++;
            }

            if (b is >= (byte)'0' and <= (byte)'9')
            {
                Digits++;
            }
            else if (b == '@')
            {
                At = true;
            }
            else if (b is not ((byte)'+' or (byte)' ' or (byte)'.' or (byte)'/' or (byte)'-'))
            {
                Other = true;
            }
        }

        public readonly bool IsSuspect => At || (!Other && Digits >= 9 && Characters <= 18);
    }
}
