using Pipeline.Ingestion.Contracts;

namespace Pipeline.Ingestion.Tests;

public sealed class HeaderNameTests
{
    [Theory]
    [InlineData("  Date d'entrée ", "date_d_entree")]
    [InlineData("Année", "annee")]
    [InlineData("Code INS du siège", "code_ins_du_siege")]
    [InlineData("Non-entrées par motif", "non_entrees_par_motif")]
    [InlineData("FILIÈRE", "filiere")]
    [InlineData("Dépenses   totales (€)", "depenses_totales")]
    [InlineData("Date d’entrée", "date_d_entree")]
    [InlineData("", "")]
    public void Headers_are_trimmed_lower_cased_stripped_of_accents_and_joined_by_underscores(string header, string expected) =>
        Assert.Equal(expected, HeaderName.Normalise(header));

    [Fact]
    public void A_contract_maps_its_aliases_and_canonical_names_and_leaves_unknown_columns_unmapped()
    {
        var contract = Contracts.Catalog.Find("recrutement_mois")!;
        var header = new[] { "Fédération", "Millésime", "Filière", "Mois", "Entrées", "Séances d'information", "Commentaire libre" };

        var mapped = contract.Map(header.Select(HeaderName.Normalise).ToList());

        Assert.Equal(["federation_code", "millesime", "filiere_id", "mois", "nb_entrees", "nb_seances_info", null], mapped.Select(c => c?.Name));
    }
}
