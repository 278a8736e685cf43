using System.Text;

namespace Pipeline.SampleData.Tests.Support;

/// <summary>How to open each federation's text extracts with DuckDB, written from domain.md §8 (not from the generator).</summary>
internal static class FederationFiles
{
    /// <summary>Windows-1252, ALEAP's encoding (the code-page provider ships with .NET but must be registered).</summary>
    public static Encoding Windows1252 { get; } = LoadWindows1252();

    /// <summary>
    /// DuckDB 1.5's read_csv only decodes utf-8, utf-16 and latin-1 without the (downloaded) encodings
    /// extension, so an ALEAP file is decoded as Windows-1252 by .NET and re-encoded as UTF-8 next to it first.
    /// </summary>
    public static string AleapAsUtf8(string path, string scratchFolder)
    {
        var target = Path.Combine(scratchFolder, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(target, File.ReadAllText(path, Windows1252), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return target;
    }

    /// <summary>The DuckDB relation of an ALEAP CSV already converted to UTF-8: <c>;</c>, decimal comma, dd/MM/yyyy.</summary>
    public static string AleapCsv(string utf8Path, bool allVarchar = false) =>
        $"read_csv({Duck.Literal(utf8Path)}, delim=';', header=true, quote='\"', decimal_separator=',', dateformat='%d/%m/%Y', all_varchar={allVarchar})";

    /// <summary>A CAIPS CSV: <c>,</c>, UTF-8 with a BOM, ISO dates.</summary>
    public static string CaipsCsv(string path, bool allVarchar = false) =>
        $"read_csv({Duck.Literal(path)}, delim=',', header=true, quote='\"', dateformat='%Y-%m-%d', all_varchar={allVarchar})";

    /// <summary>A FEBISP CSV: <c>;</c>, UTF-8, decimal comma, dd/MM/yyyy.</summary>
    public static string FebispCsv(string path, bool allVarchar = false) =>
        $"read_csv({Duck.Literal(path)}, delim=';', header=true, quote='\"', decimal_separator=',', dateformat='%d/%m/%Y', all_varchar={allVarchar})";

    /// <summary>A LEE JSON Lines file.</summary>
    public static string LeeJsonLines(string path) => $"read_ndjson({Duck.Literal(path)})";

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
