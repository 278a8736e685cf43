using System.IO.Compression;
using System.Text;

namespace Pipeline.Core.Spreadsheets;

/// <summary>
/// A minimal SpreadsheetML (.xlsx) writer that streams each sheet straight into the zip, so memory stays
/// flat however many rows a sheet holds. Entries carry a fixed timestamp, so the same rows give the same
/// bytes. Strings are inline (no shared-string table to hold in memory); dates are Excel serial numbers
/// with a date style, as federations' spreadsheet tools write them.
/// </summary>
public sealed class XlsxWorkbookWriter : IDisposable
{
    /// <summary>Rows per sheet in Excel, header included.</summary>
    public const int MaxRowsPerSheet = 1_048_576;

    private static readonly DateTimeOffset FixedTimestamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly ZipArchive archive;
    private readonly List<string> sheets = [];

    public XlsxWorkbookWriter(Stream stream) => archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: false);

    /// <summary>Starts a sheet; the previous one must be disposed first.</summary>
    public XlsxSheetWriter AddSheet(string name)
    {
        sheets.Add(name);
        return new XlsxSheetWriter(OpenEntry($"xl/worksheets/sheet{sheets.Count}.xml"));
    }

    public void Dispose()
    {
        Write("[Content_Types].xml", ContentTypes());
        Write("_rels/.rels",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Write("xl/workbook.xml", Workbook());
        Write("xl/_rels/workbook.xml.rels", WorkbookRelationships());
        Write("xl/styles.xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>""");
        archive.Dispose();
    }

    private Stream OpenEntry(string name)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTimestamp;
        return entry.Open();
    }

    private void Write(string name, string content)
    {
        using var stream = OpenEntry(name);
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private string ContentTypes()
    {
        var overrides = string.Concat(sheets.Select((_, i) =>
            $"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>""";
    }

    private string Workbook()
    {
        var entries = string.Concat(sheets.Select((name, i) => $"""<sheet name="{XlsxSheetWriter.Escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>"""));
        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{entries}</sheets></workbook>""";
    }

    private string WorkbookRelationships()
    {
        var sheetRelations = string.Concat(sheets.Select((_, i) =>
            $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""));
        var styles = $"""<Relationship Id="rId{sheets.Count + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""";
        return $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{sheetRelations}{styles}</Relationships>""";
    }
}
