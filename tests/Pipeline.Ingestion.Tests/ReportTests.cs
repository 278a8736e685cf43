using System.Text;
using ExcelDataReader;

namespace Pipeline.Ingestion.Tests;

/// <summary>The validation report a policy officer sends back: 10 000 errors of one kind read as one problem.</summary>
public sealed class ReportTests
{
    [Fact]
    public async Task Ten_thousand_errors_of_one_kind_are_one_problem_with_its_count_examples_and_fix_in_html_and_xlsx()
    {
        using var inbox = new TinyInbox();
        var lines = Enumerable.Range(1, 10_000).Select(i => $"CAIPS;2023;FIL-{i};01/03/2023;1;TAMTAM");
        inbox.Add("CAIPS", "recrutement_mois_2023.csv", string.Join("\n", [Resources.RecruitmentHeader, .. lines, "CAIPS;2023;FIL-0;01/03/2023;1;"]) + "\n");

        await inbox.IngestAsync();

        var folder = Path.Combine(inbox.Root, "lake", "reports", "CAIPS");
        var html = File.ReadAllText(Assert.Single(Directory.GetFiles(folder, "*.html")));
        Assert.Contains("Code absent de la liste de codes du contrat.", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "Code absent de la liste"));
        Assert.Contains("10\u202F000", html.Replace("10 000", "10\u202F000", StringComparison.Ordinal).Replace("10\u00A0000", "10\u202F000", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("TAMTAM", html, StringComparison.Ordinal);
        Assert.Contains("Utilisez un des codes de la liste", html, StringComparison.Ordinal);

        var problems = Sheet(Assert.Single(Directory.GetFiles(folder, "*.xlsx")), "Problèmes");
        var row = Assert.Single(problems.Skip(1));
        Assert.Equal(("canal_principal", 10_000d), (row[1], row[3]));
        Assert.StartsWith("2, 3, 4", row[4]?.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("TAMTAM", row[5]?.ToString(), StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static List<object?[]> Sheet(string path, string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        do
        {
            if (reader.Name == name)
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);
                }

                return rows;
            }
        }
        while (reader.NextResult());
        throw new InvalidOperationException($"no sheet {name} in {path}");
    }
}
