using System.Text;

namespace Pipeline.Ingestion.Tests;

/// <summary>
/// The streamed path for large CSV files (<see cref="StreamedCsvIngestion"/>) must be invisible: the same file
/// gives the same manifest, the same raw Parquet (values, types, lineage, source lines) and the same quarantine
/// whether it was streamed or read in full. Each case ingests one file both ways, in two projects, and says
/// which path the streamed run took.
/// </summary>
public sealed class StreamedCsvTests
{
    private const string Dataset = "ressources_operateur_annee";

    public static TheoryData<string, string> FilesTheFullPathMustTake => new()
    {
        { "an invalid amount", Resources.File(Resources.Line("OP-1"), Resources.Line("OP-2", spending: "mille")) },
        { "a repeated key", Resources.File(Resources.Line("OP-1"), Resources.Line("OP-1", spending: "20")) },
        { "a line with a field too many", Resources.File(Resources.Line("OP-1"), Resources.Line("OP-2") + ";7") },
        { "a line with a field too few", Resources.File(Resources.Line("OP-1"), "ALEAP;2023;OP-2") },
        { "a totals line", Resources.File(Resources.Line("OP-1"), Resources.Line("OP-2"), "TOTAL;;;;;2000;1000") },
        { "an e-mail address as a value", Resources.File(Resources.Line("OP-1"), Resources.Line("jean.dupont@example.be")) },
        { "a valid national number as a value", Resources.File(Resources.Line("OP-1"), Resources.Line("85.07.30-033.28")) },
        {
            "a phone number in the last column of CRLF lines",
            "federation_code;millesime;annee;etp_formateur;depenses_totales;subvention_regionale;operateur_id\r\nALEAP;2023;2023;2,5;10;5;OP-1\r\nALEAP;2023;2023;2,5;10;5;0471 12 34 56\r\n"
        },
        { "a column named like a person's name", Resources.File(Resources.Line("OP-1") + ";Dupont").Replace("subvention_regionale", "subvention_regionale;nom", StringComparison.Ordinal) },
        { "an unknown dataset", Resources.File(Resources.Line("OP-1")).Replace("operateur_id", "identifiant_bizarre", StringComparison.Ordinal) },
        { "a header and no record", Resources.File() },
        { "a required value made only of spaces", Resources.File(Resources.Line("OP-1"), Resources.Line("   ")) },
        { "an invalid value in the file's last row", Resources.File(Resources.Line("OP-1"), Resources.Line("OP-2"), Resources.Line("OP-3", spending: "n/a")) },
    };

    [Theory]
    [MemberData(nameof(FilesTheFullPathMustTake))]
    public async Task A_file_that_needs_the_full_path_gets_exactly_its_outcome_and_leaves_nothing_behind(string _, string text)
    {
        var (full, streamed, summary) = await IngestBothWaysAsync(new UTF8Encoding(false).GetBytes(text));
        using (full)
        using (streamed)
        {
            Assert.Equal([IngestionTimings.StreamedCsvAbandoned], StreamedStages(summary));
            AssertSameOutcome(full, streamed);
        }
    }

    public static TheoryData<string, byte[]> FilesTheStreamedPathTakes => new()
    {
        { "a clean UTF-8 file", Utf8(Resources.File(Resources.Line("OP-1"), Resources.Line("OP-2", spending: "1.234,50"), Resources.Line("OP-3"))) },
        {
            "Windows-1252, quoted fields with a line break and a delimiter, blank lines, LF endings",
            Windows1252(Resources.Header + "\n\n" + Resources.Line("Liège-Öst") + "\n" + "ALEAP;2023;\"Namur\n« deux »; bis\";2023;2,5;20;500\n\n\n" + Resources.Line("OP-3") + "\n")
        },
        { "UTF-8 with a BOM and no line break after the last record", [.. Encoding.UTF8.GetPreamble(), .. Utf8(Resources.File(Resources.Line("Écaussinnes"), Resources.Line("OP-2")).TrimEnd())] },
        { "two years in one file, each in its own partition", Utf8(Resources.File(Resources.Line("OP-1", year: 2022), Resources.Line("OP-1", year: 2023), Resources.Line("OP-2", year: 2023))) },
        { "a date-like and a short number-like value, which are no identifiers", Utf8(Resources.File(Resources.Line("01/02/2019"), Resources.Line("12345678"))) },
        {
            "values with surrounding spaces, empty and quoted empty values",
            Utf8(Resources.File(Resources.Line(" OP-1 ", spending: " 1 000 "), Resources.Line("OP-2", spending: string.Empty), Resources.Line("\" OP-3\"", spending: "\"\"")))
        },
    };

    [Theory]
    [MemberData(nameof(FilesTheStreamedPathTakes))]
    public async Task A_wholly_valid_file_is_streamed_with_the_same_outcome_as_the_full_path(string _, byte[] bytes)
    {
        var (full, streamed, summary) = await IngestBothWaysAsync(bytes);
        using (full)
        using (streamed)
        {
            Assert.Equal([IngestionTimings.StreamedCsv], StreamedStages(summary));
            AssertSameOutcome(full, streamed);
            Assert.NotEmpty(full.Lake($"SELECT * FROM read_parquet('{{lake}}/raw/{Dataset}/**/*.parquet')"));
        }
    }

    [Fact]
    public async Task A_file_that_turns_out_Windows_1252_after_its_first_mebibyte_takes_the_full_path()
    {
        // The streamed path reads the encoding from the start of the file only; DuckDB's strict reading stops on
        // the first byte that is not UTF-8.
        var lines = Enumerable.Range(0, 40_000).Select(i => Resources.Line($"OP-{i}")).Append(Resources.Line("Liège"));
        var bytes = Windows1252(Resources.File([.. lines]));
        Assert.True(bytes.Length > 1 << 20 && Array.IndexOf(bytes, (byte)0xE8) > 1 << 20);

        var (full, streamed, summary) = await IngestBothWaysAsync(bytes);
        using (full)
        using (streamed)
        {
            Assert.Equal([IngestionTimings.StreamedCsvAbandoned], StreamedStages(summary));
            AssertSameOutcome(full, streamed);
            Assert.Equal(["40001"], full.Lake($"SELECT count(*) FROM read_parquet('{{lake}}/raw/{Dataset}/**/*.parquet') WHERE operateur_id LIKE 'OP-%' OR operateur_id = 'Liège'"));
        }
    }

    [Fact]
    public async Task Source_lines_count_the_received_file_s_lines_through_blank_lines_and_quoted_line_breaks()
    {
        using var inbox = new TinyInbox();
        inbox.Add("ALEAP", $"{Dataset}_2023.csv",
            Resources.Header + "\r\n\r\n" + Resources.Line("OP-1") + "\r\nALEAP;2023;\"OP\r\n2\";2023;2,5;20;500\r\n\r\n" + Resources.Line("OP-3") + "\r\n");

        var summary = await inbox.IngestStreamedAsync();

        Assert.Equal([IngestionTimings.StreamedCsv], StreamedStages(summary));
        Assert.Equal(["3|OP-1", "4|OP\r\n2", "7|OP-3"],
            inbox.Lake($"SELECT _source_line, operateur_id FROM read_parquet('{{lake}}/raw/{Dataset}/**/*.parquet') ORDER BY 1"));
    }

    private static async Task<(TinyInbox Full, TinyInbox Streamed, IngestionSummary Summary)> IngestBothWaysAsync(byte[] bytes)
    {
        var full = new TinyInbox();
        var streamed = new TinyInbox();
        full.AddBytes("ALEAP", $"{Dataset}_2023.csv", bytes);
        streamed.AddBytes("ALEAP", $"{Dataset}_2023.csv", bytes);
        await full.IngestAsync();
        return (full, streamed, await streamed.IngestStreamedAsync());
    }

    private static List<string> StreamedStages(IngestionSummary summary) =>
        [.. summary.Timings.Stages.Select(s => s.Stage).Where(s => s is IngestionTimings.StreamedCsv or IngestionTimings.StreamedCsvAbandoned)];

    private static void AssertSameOutcome(TinyInbox full, TinyInbox streamed)
    {
        Assert.Equal(Manifest(full), Manifest(streamed));
        Assert.Equal(LakeFiles(full), LakeFiles(streamed));
        foreach (var file in LakeFiles(full).Where(f => f.EndsWith(".parquet", StringComparison.Ordinal)))
        {
            var rows = $"SELECT * FROM read_parquet('{{lake}}/{file}', hive_partitioning = false) ORDER BY ALL";
            var schema = $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{{lake}}/{file}', hive_partitioning = false))";
            Assert.Equal(full.Lake(schema), streamed.Lake(schema));
            Assert.Equal(full.Lake(rows), streamed.Lake(rows));
        }

        var scratch = Path.Combine(streamed.Root, "lake", ".tmp");
        Assert.Equal([], Directory.Exists(scratch) ? Directory.EnumerateFiles(scratch).Select(Path.GetFileName).ToList() : []);
    }

    private static List<string> Manifest(TinyInbox inbox) =>
        [.. inbox.Manifest().Select(e => $"{e.Status}|{e.Dataset}|{e.Period}|{e.RowsRead}|{e.RowsOk}|{e.RowsQuarantined}|{e.Reason}|{e.ContractVersion}")];

    /// <summary>Files under raw/ and quarantine/ (landing and reports are the same bytes either way).</summary>
    private static List<string> LakeFiles(TinyInbox inbox)
    {
        var lake = Path.Combine(inbox.Root, "lake");
        return [.. new[] { "raw", "quarantine" }
            .Select(f => Path.Combine(lake, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(lake, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] Windows1252(string text) => Pipeline.Core.Text.Windows1252.Encoding.GetBytes(text);
}
