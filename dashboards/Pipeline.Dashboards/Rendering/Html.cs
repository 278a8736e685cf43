using System.Net;

namespace Pipeline.Dashboards.Rendering;

/// <summary>HTML text escaping.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A value safe inside a double-quoted attribute.</summary>
    public static string Attribute(string? text) => WebUtility.HtmlEncode(text ?? "");
}
