using System.IO.Compression;
using System.Text;
using Pipeline.Ingestion.Reading;
using Pipeline.Ingestion.Reading.Workbooks;
using Pipeline.SampleData;

namespace Pipeline.Ingestion.Tests;

/// <summary>
/// The XLSX reader of our own (<see cref="OpenXmlWorkbook"/>) against ExcelDataReader, the reference: same sheets,
/// same row numbers, same text in every cell, on generated workbooks and on a hand-written one with what the
/// generator never writes (shared strings, rich text, custom date formats, formulas, errors, gaps).
/// </summary>
public sealed class WorkbookReadingTests
{
    [Fact]
    public void Both_readers_give_the_same_rows_for_every_generated_workbook()
    {
        var root = Path.Combine(Path.GetTempPath(), "pipeline-workbooks-" + Guid.NewGuid().ToString("N"));
        try
        {
            SampleDataGenerator.Generate(new SampleDataOptions { OutputPath = root, Scale = 0.03, FirstYear = 2022, LastYear = 2023 });
            var workbooks = Directory.GetFiles(root, "*.xlsx", SearchOption.AllDirectories);
            Assert.NotEmpty(workbooks);
            var rows = 0;
            var dates = 0;
            foreach (var workbook in workbooks)
            {
                var ours = Snapshot(OpenXmlWorkbook.Read(workbook));
                var reference = Snapshot(ExcelDataReaderWorkbook.Read(workbook));
                Assert.Equal(reference.Count, ours.Count);
                for (var s = 0; s < reference.Count; s++)
                {
                    Assert.Equal(reference[s].Name, ours[s].Name);
                    Assert.Equal(reference[s].Rows, ours[s].Rows);
                }

                rows += ours.Sum(s => s.Rows.Count);
                dates += ours.Sum(s => s.Rows.Count(r => r.Contains("|20", StringComparison.Ordinal) && r.Contains('-')));
            }

            Assert.True(rows > 1000, $"{rows} rows read");
            Assert.True(dates > 100, "the generated workbooks hold Excel serial dates: some rows should show ISO dates");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_hand_written_workbook_reads_the_same_with_both_readers_and_as_Excel_shows_it()
    {
        var path = HandWrittenWorkbook();
        try
        {
            var ours = Snapshot(OpenXmlWorkbook.Read(path));
            Assert.Equal(Snapshot(ExcelDataReaderWorkbook.Read(path)).Select(s => (s.Name, s.Rows)), ours.Select(s => (s.Name, s.Rows)));
            var (name, rows) = Assert.Single(ours);
            Assert.Equal("Données", name);
            Assert.Equal(
            [
                "1|Rapport annuel",
                "3|opérateur|date entrée|heures|actif|durée",
                "4|OP-001 (Liège)|2024-02-29|1234.5|true|0.0015",
                "5|OP-002|2023-12-31|-7||12345678901234",
                "6||2024-01-15T08:30:00|0.1|false",
                "9|OP-003|||true",
            ], rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_workbook_the_fast_reader_does_not_understand_is_read_by_ExcelDataReader()
    {
        // A cell type no writer uses: the fast reader refuses the workbook, the reference reads what it can.
        var path = Workbook(
            """<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>"""
            + """<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="x"><v>2</v></c><c r="C2"><v>3</v></c></row></sheetData>""",
            sharedStrings: null);
        using var work = new Pipeline.DuckDb.DuckDBConnection("Data Source=:memory:");
        work.Open();
        try
        {
            Assert.ThrowsAny<InvalidDataException>(() => Snapshot(OpenXmlWorkbook.Read(path)));
            var table = Assert.Single(XlsxSource.Load(work, path, "src_1"));
            Assert.Equal(["a", "b", "c"], table.Header);
            Assert.Equal(2L, Sql.Scalar<long>(work, $"SELECT _line FROM {table.TableName} WHERE c0 = '1' AND c2 = '3'"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Rows with no value are left out: ExcelDataReader gives one for every row number skipped, the fast reader
    // only the rows written (ingestion ignores empty rows either way; the numbers of the others must agree).
    private static List<(string Name, List<string> Rows)> Snapshot(IEnumerable<Worksheet> sheets) =>
        [.. sheets.Select(s => (s.Name, s.Rows.Where(r => r.Cells.Count > 0).Select(r => r.Number + "|" + string.Join("|", r.Cells)).ToList()))];

    // Written as Excel writes: shared strings (one in rich text runs, one with a phonetic hint), a custom date
    // format and the built-in date-time one, a formula with its cached string, an error, a blank string,
    // cells without references, a row without a number and rows skipped (7 and 8 are absent).
    private static string HandWrittenWorkbook() => Workbook(
        """
        <sheetData>
          <row r="1"><c r="A1" t="s"><v>0</v></c></row>
          <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="inlineStr"><is><t>heures</t></is></c><c r="D3" t="str"><f>"actif"</f><v>actif</v></c><c r="E3" t="s"><v>3</v></c></row>
          <row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" s="1"><v>45351</v></c><c r="C4"><v>1234.5</v></c><c r="D4" t="b"><v>1</v></c><c r="E4"><v>1.5E-3</v></c></row>
          <row r="5" spans="1:5"><c r="A5" t="s"><v>5</v></c><c r="B5" s="2"><v>45291</v></c><c r="C5" s="3"><v>-7</v></c><c r="D5" t="e"><v>#N/A</v></c><c r="E5"><v>12345678901234</v></c></row>
          <row><c t="s"><v>6</v></c><c s="4"><v>45306.354166666664</v></c><c><v>0.1</v></c><c t="b"><v>0</v></c><c/></row>
          <row r="9"><c r="A9" t="inlineStr"><is><t>OP-003</t></is></c><c r="D9" t="b"><v>1</v></c><c r="F9" t="inlineStr"><is><t xml:space="preserve">   </t></is></c></row>
        </sheetData>
        """,
        sharedStrings: """
            <si><r><rPr><b/></rPr><t>Rapport</t></r><r><t xml:space="preserve"> annuel</t></r></si>
            <si><t>opérateur</t></si>
            <si><t>date entrée</t><rPh sb="0" eb="4"><t>ヒント</t></rPh></si>
            <si><t>durée</t></si>
            <si><t xml:space="preserve">OP-001 (Liège)</t></si>
            <si><t>OP-002</t></si>
            <si><t xml:space="preserve"> </t></si>
            """);

    private static string Workbook(string sheetData, string? sharedStrings)
    {
        var path = Path.Combine(Path.GetTempPath(), "pipeline-workbook-" + Guid.NewGuid().ToString("N") + ".xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        void Part(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\n" + xml);
        }

        Part("[Content_Types].xml", """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
              <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
              <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
              <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            </Types>
            """);
        Part("_rels/.rels", $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/_rels/workbook.xml.rels", $"""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId3" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>
              <Relationship Id="rId1" Type="{rel}/styles" Target="styles.xml"/>
              {(sharedStrings is null ? "" : $"""<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="/xl/sharedStrings.xml"/>""")}
            </Relationships>
            """);
        Part("xl/workbook.xml", $"""<workbook xmlns="{main}" xmlns:r="{rel}"><workbookPr/><sheets><sheet name="Données" sheetId="1" r:id="rId3"/></sheets></workbook>""");
        Part("xl/styles.xml", $"""
            <styleSheet xmlns="{main}">
              <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0 &quot;h&quot;;[Red]\-#,##0"/></numFmts>
              <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
              <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="22" applyNumberFormat="1"/></cellXfs>
            </styleSheet>
            """);
        if (sharedStrings is not null)
        {
            Part("xl/sharedStrings.xml", $"""<sst xmlns="{main}">{sharedStrings}</sst>""");
        }

        Part("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{main}">{sheetData}</worksheet>""");
        return path;
    }
}
