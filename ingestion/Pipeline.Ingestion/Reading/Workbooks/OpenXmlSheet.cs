using System.Globalization;
using System.Text;
using System.Xml;

namespace Pipeline.Ingestion.Reading.Workbooks;

/// <summary>
/// Streams the rows of one worksheet part: each <c>&lt;row&gt;</c> with its number (attribute <c>r</c>, else the
/// previous one plus one) and its cells placed by their reference (<c>r="C7"</c>, else after the previous cell).
/// </summary>
internal static class OpenXmlSheet
{
    public static IEnumerable<SheetRow> Rows(OpenXmlPackage package, string part, OpenXmlCells converter)
    {
        using var xml = package.Read(part);
        var names = new Names(xml.NameTable);
        var cells = new List<string?>();
        var number = 0L;
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element || !ReferenceEquals(xml.LocalName, names.Row))
            {
                xml.Read();
                continue;
            }

            number = long.TryParse(xml.GetAttribute(names.Reference), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : number + 1;
            cells.Clear();
            if (!xml.IsEmptyElement)
            {
                ReadCells(xml, names, cells, converter);
            }

            xml.Read();
            CellText.TrimTrailingEmpty(cells);
            yield return new SheetRow(number, cells);
        }
    }

    /// <summary>The text of a string item (<c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>): its runs joined, phonetic hints left out. Leaves the reader after it.</summary>
    public static string RichText(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        var depth = xml.Depth;
        string? single = null;
        StringBuilder? joined = null;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName == "t")
                {
                    var text = xml.ReadElementContentAsString();
                    if (single is null)
                    {
                        single = text;
                    }
                    else
                    {
                        (joined ??= new StringBuilder(single)).Append(text);
                    }

                    continue;
                }

                if (xml.LocalName is "rPh" or "rPr" or "phoneticPr")
                {
                    xml.Skip();
                    continue;
                }
            }

            xml.Read();
        }

        xml.Read();
        return joined?.ToString() ?? single ?? string.Empty;
    }

    // On a non-empty <row>; leaves the reader on its end tag.
    private static void ReadCells(XmlReader xml, Names names, List<string?> cells, OpenXmlCells converter)
    {
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && ReferenceEquals(xml.LocalName, names.Cell))
            {
                var column = ColumnIndex(xml.GetAttribute(names.Reference)) ?? cells.Count;
                var type = xml.GetAttribute(names.Type);
                var style = xml.GetAttribute(names.Style);
                var raw = xml.IsEmptyElement ? null : ReadValue(xml, names);
                while (cells.Count <= column)
                {
                    cells.Add(null);
                }

                cells[column] = converter.Text(type, style, raw);
            }
            else if (xml.NodeType == XmlNodeType.Element)
            {
                xml.Skip();
                continue;
            }

            xml.Read();
        }
    }

    // On a non-empty <c>: its <v> or inline string; leaves the reader on the cell's end tag.
    private static string? ReadValue(XmlReader xml, Names names)
    {
        var depth = xml.Depth;
        string? raw = null;
        xml.Read();
        while (xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (ReferenceEquals(xml.LocalName, names.Value))
                {
                    raw = xml.ReadElementContentAsString();
                }
                else if (ReferenceEquals(xml.LocalName, names.InlineString))
                {
                    raw = RichText(xml);
                }
                else
                {
                    xml.Skip();
                }

                continue;
            }

            xml.Read();
        }

        return raw;
    }

    // "AB12" → 27 (0-based); null when the reference is absent or has no column letters.
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = (char)(c & ~0x20);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (upper - 'A' + 1);
            letters++;
        }

        return letters == 0 ? null : index - 1;
    }

    /// <summary>The element and attribute names, atomised in the reader's name table so they compare by reference.</summary>
    private sealed class Names(XmlNameTable table)
    {
        public string Row { get; } = table.Add("row");
        public string Cell { get; } = table.Add("c");
        public string Value { get; } = table.Add("v");
        public string InlineString { get; } = table.Add("is");
        public string Reference { get; } = table.Add("r");
        public string Type { get; } = table.Add("t");
        public string Style { get; } = table.Add("s");
    }
}
