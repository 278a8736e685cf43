using System.Globalization;
using System.Text;
using System.Xml;

namespace Pipeline.Ingestion.Reading.Workbooks;

/// <summary>
/// Which cell styles show a number as a date or time: a number cell is an Excel serial date when the number
/// format of its style (built-in 14–22 and 45–47, or a custom format code with day, month, year, hour or
/// second placeholders outside quotes and brackets) says so.
/// </summary>
internal static class OpenXmlStyles
{
    public static bool[] DateStyles(OpenXmlPackage package, string? stylesPart)
    {
        if (stylesPart is null || !package.Has(stylesPart))
        {
            return [];
        }

        var customDates = new HashSet<int>();
        var styles = new List<bool>();
        using var xml = package.Read(stylesPart);
        var inCellFormats = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numFmt" when IsDateFormat(xml.GetAttribute("formatCode") ?? string.Empty):
                    customDates.Add(FormatId(xml));
                    break;
                case "cellXfs":
                    inCellFormats = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    var format = FormatId(xml);
                    styles.Add(format is (>= 14 and <= 22) or (>= 45 and <= 47) || customDates.Contains(format));
                    break;
            }
        }

        return [.. styles];
    }

    /// <summary>Whether a number format code shows a date or a time.</summary>
    public static bool IsDateFormat(string code)
    {
        // Only the first section counts (positive numbers); quoted text, escaped characters and bracketed
        // parts (colours, locales) are not placeholders, except elapsed time such as [h].
        var kept = new StringBuilder();
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == ';')
            {
                break;
            }

            if (c == '"')
            {
                i = code.IndexOf('"', i + 1) is var end and >= 0 ? end : code.Length;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                var end = code.IndexOf(']', i + 1);
                var inside = end < 0 ? string.Empty : code[(i + 1)..end];
                if (inside.Length > 0 && inside.All(ch => char.ToLowerInvariant(ch) is 'h' or 'm' or 's'))
                {
                    kept.Append(inside);
                }

                i = end < 0 ? code.Length : end;
            }
            else
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return kept.ToString().IndexOfAny(['d', 'm', 'y', 'h', 's']) >= 0;
    }

    private static int FormatId(XmlReader xml) =>
        int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : 0;
}
