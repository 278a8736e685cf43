using System.IO.Compression;
using System.Xml;

namespace Pipeline.Ingestion.Reading.Workbooks;

/// <summary>
/// The parts of an .xlsx file (a zip of XML parts linked by relationship files), found by name without regard
/// to case, and the XML reader settings every part is read with.
/// </summary>
internal sealed class OpenXmlPackage(ZipArchive zip) : IDisposable
{
    private readonly Dictionary<string, ZipArchiveEntry> parts = zip.Entries
        .GroupBy(e => e.FullName.Replace('\\', '/').TrimStart('/'), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private static readonly XmlReaderSettings Settings = new()
    {
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        DtdProcessing = DtdProcessing.Prohibit,
        CloseInput = true,
    };

    public static OpenXmlPackage Open(string path) => new(ZipFile.OpenRead(path));

    public bool Has(string part) => parts.ContainsKey(part);

    /// <summary>Opens a part; a missing one is a broken file.</summary>
    public XmlReader Read(string part) => parts.TryGetValue(part, out var entry)
        ? XmlReader.Create(entry.Open(), Settings)
        : throw new InvalidDataException($"partie « {part} » absente du classeur");

    /// <summary>
    /// The targets of a part's relationships, by id and by type (the last segment of the type URI, e.g.
    /// <c>worksheet</c>), resolved to part names.
    /// </summary>
    public IReadOnlyList<(string Id, string Type, string Target)> Relationships(string part)
    {
        var folder = part.Contains('/') ? part[..part.LastIndexOf('/')] : string.Empty;
        var rels = (folder.Length == 0 ? string.Empty : folder + "/") + "_rels/" + part[(part.LastIndexOf('/') + 1)..] + ".rels";
        var found = new List<(string, string, string)>();
        if (!Has(rels))
        {
            return found;
        }

        using var xml = Read(rels);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("TargetMode") is not "External")
            {
                var type = xml.GetAttribute("Type") ?? string.Empty;
                found.Add((xml.GetAttribute("Id") ?? string.Empty, type[(type.LastIndexOf('/') + 1)..], Resolve(folder, xml.GetAttribute("Target") ?? string.Empty)));
            }
        }

        return found;
    }

    public void Dispose() => zip.Dispose();

    // A target is relative to the folder of the part that names it, or absolute from the package root.
    private static string Resolve(string folder, string target)
    {
        var segments = new List<string>();
        var path = target.StartsWith('/') ? target.TrimStart('/') : (folder.Length == 0 ? target : folder + "/" + target);
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
