using System.Text;

namespace Pipeline.Core.Text;

/// <summary>
/// Windows-1252, the encoding of text exports that are not UTF-8 (Excel's "CSV" on Windows): written by the
/// synthetic ALEAP files, read back by ingestion. .NET ships it in the code-pages provider, registered here.
/// </summary>
public static class Windows1252
{
    public static Encoding Encoding { get; } = Load();

    private static Encoding Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
