using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Readers;

/// <summary>UNESSA: one XLSX workbook per year, one sheet per dataset, French headers with accents, dates as Excel serial numbers.</summary>
[Collection(SmallCleanInboxCollection.Name)]
public sealed class UnessaWorkbookReadTests(SmallCleanInbox inbox)
{
    private static readonly string[] AllDatasets =
    [
        "operateur", "filiere_annee", "recrutement_mois", "parcours", "accompagnement_acte", "questionnaire_impact",
        "ressources_operateur_annee", "sis_activite_annee",
    ];

    [Fact]
    public void One_workbook_a_year_with_a_sheet_per_dataset_french_headers_and_the_manifest_row_count()
    {
        var files = inbox.Extracts("UNESSA");
        Assert.Equal(Enumerable.Range(2017, 8).Select(y => Path.Combine("UNESSA", $"rapport_annuel_{y}.xlsx")), files.Select(f => f.RelativePath));
        foreach (var file in files)
        {
            Assert.Null(file.Dataset);
            var sheets = Workbook.Read(inbox.PathOf(file.RelativePath));
            Assert.Equal(AllDatasets, sheets.Select(s => s.Name));
            foreach (var sheet in sheets)
            {
                var header = Workbook.Trimmed(sheet.Rows[0]);
                Assert.Equal(StyleHeaders.For("UNESSA", sheet.Name, file.Year), header.Select(h => Assert.IsType<string>(h)));
                Assert.All(sheet.Rows.Skip(1), row => Assert.Equal("UNESSA", row[0]));
            }

            Assert.Equal(file.Rows, sheets.Sum(s => s.Rows.Count - 1L));
        }
    }

    [Fact]
    public void Headers_are_french_with_accents_and_dates_read_back_as_DateTime()
    {
        var sheets = Workbook.Read(inbox.PathOf(Path.Combine("UNESSA", "rapport_annuel_2019.xlsx")), ["parcours", "recrutement_mois"]);
        var parcours = sheets.Single(s => s.Name == "parcours");
        var header = parcours.Rows[0].ToList();
        var entry = header.IndexOf("Date d'entrée");
        var exit = header.IndexOf("Date de sortie");
        var hours = header.IndexOf("Heures prestées");
        Assert.True(entry >= 0 && exit >= 0 && hours >= 0, string.Join(" | ", header));
        Assert.Contains("Statut à l'entrée", header);
        Assert.Contains("Classe d'âge", header);

        var rows = parcours.Rows.Skip(1).ToList();
        Assert.NotEmpty(rows);
        // A serial number with a date format: ExcelDataReader turns it into a DateTime (a bare number would stay a double).
        Assert.All(rows, r => Assert.Equal(2019, Assert.IsType<DateTime>(r[entry]).Year));
        Assert.All(rows, r => Assert.True(r[exit] is null or DateTime));
        Assert.Contains(rows, r => r[exit] is DateTime);
        Assert.All(rows, r => Assert.IsType<double>(r[hours]));

        var months = sheets.Single(s => s.Name == "recrutement_mois");
        var month = months.Rows[0].ToList().IndexOf("Mois");
        Assert.All(months.Rows.Skip(1), r => Assert.Equal(1, Assert.IsType<DateTime>(r[month]).Day));
    }
}
