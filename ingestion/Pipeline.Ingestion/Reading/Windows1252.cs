using System.Text;

namespace Pipeline.Ingestion.Reading;

/// <summary>Windows-1252, the encoding of text files that are not valid UTF-8 (Excel's "CSV" on Windows).</summary>
internal static class Windows1252
{
    public static Encoding Encoding { get; } = Load();

    private static Encoding Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
