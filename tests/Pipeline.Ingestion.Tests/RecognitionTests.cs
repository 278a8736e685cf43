using Pipeline.Ingestion.Recognition;

namespace Pipeline.Ingestion.Tests;

public sealed class RecognitionTests
{
    private static readonly string[] RecruitmentHeader = ["federation_code", "millesime", "filiere_id", "mois", "nb_entrees"];

    [Theory]
    [InlineData("parcours_2024")]
    [InlineData("PARCOURS-2024_v2")]
    [InlineData("parcours_2019 (1)")]
    public void The_file_name_says_the_dataset_when_the_header_agrees(string name)
    {
        var parcours = Contracts.Catalog.Find("parcours")!;
        var header = parcours.Columns.Where(c => c.Required).Select(c => c.Name).ToList();

        var recognition = DatasetRecognizer.Recognise(Contracts.Catalog.Contracts, name, header);

        Assert.Equal(("parcours", RecognisedBy.Name), (recognition.Contract?.Dataset, recognition.By));
    }

    [Fact]
    public void A_name_the_header_contradicts_is_not_trusted()
    {
        var recognition = DatasetRecognizer.Recognise(Contracts.Catalog.Contracts, "parcours_2024", RecruitmentHeader);

        Assert.Equal(("recrutement_mois", RecognisedBy.Header), (recognition.Contract?.Dataset, recognition.By));
    }

    [Fact]
    public void Without_a_dataset_in_the_name_the_header_says_it()
    {
        var recognition = DatasetRecognizer.Recognise(Contracts.Catalog.Contracts, "export_fevrier", RecruitmentHeader);

        Assert.Equal("recrutement_mois", recognition.Contract?.Dataset);
    }

    [Fact]
    public void A_table_that_matches_no_contract_is_not_recognised_and_the_closest_contracts_are_named()
    {
        var recognition = DatasetRecognizer.Recognise(Contracts.Catalog.Contracts, "liste_du_personnel",
            ["matricule", "fonction", "filiere_id", "millesime"]);

        Assert.Null(recognition.Contract);
        Assert.NotEmpty(recognition.Closest);
        Assert.All(recognition.Closest, c => Assert.Contains(Contracts.Catalog.Contracts, k => c.StartsWith(k.Dataset + " (", StringComparison.Ordinal)));
    }
}
