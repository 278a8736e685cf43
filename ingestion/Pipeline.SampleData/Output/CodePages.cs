using System.Text;

namespace Pipeline.SampleData.Output;

/// <summary>Windows code pages (ALEAP's exports are Windows-1252).</summary>
internal static class CodePages
{
    public static Encoding Windows1252 { get; } = Load();

    private static Encoding Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
