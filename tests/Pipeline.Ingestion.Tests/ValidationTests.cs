namespace Pipeline.Ingestion.Tests;

public sealed class ValidationTests
{
    [Fact]
    public async Task Amounts_with_decimal_commas_thousands_separators_thin_spaces_and_euro_signs_are_read_exactly()
    {
        using var inbox = new TinyInbox();
        inbox.Add("FEBISP", "ressources_operateur_annee_2023.csv", Resources.File(
            Resources.Line("OP-1", "1\u202F234,50 €", "FEBISP"),
            Resources.Line("OP-2", "2.500,75", "FEBISP"),
            Resources.Line("OP-3", "€ 99", "FEBISP"),
            Resources.Line("OP-4", "1\u00A0000", "FEBISP"),
            Resources.Line("OP-5", "12.5", "FEBISP")));

        await inbox.IngestAsync();

        Assert.Equal(["OP-1|1234.50|2.5000", "OP-2|2500.75|2.5000", "OP-3|99.00|2.5000", "OP-4|1000.00|2.5000", "OP-5|12.50|2.5000"],
            inbox.Lake("SELECT operateur_id, depenses_totales, etp_formateur FROM read_parquet('{lake}/raw/ressources_operateur_annee/**/*.parquet') ORDER BY 1"));
    }

    [Fact]
    public async Task Each_broken_rule_is_quarantined_with_line_column_value_and_rule_and_rows_read_equal_ok_plus_quarantined()
    {
        using var inbox = new TinyInbox();
        inbox.Add("CAIPS", "recrutement_mois_2023.csv", string.Join("\n",
            Resources.RecruitmentHeader,
            "CAIPS;2023;FIL-1;15/03/2023;4;FOREM_ACTIRIS",  // 2 fr-BE date
            "CAIPS;2023;FIL-1;2023-04-01;2;",               // 3 ISO date, empty optional code
            "CAIPS;2023;FIL-1;31/02/2023;1;",               // 4 impossible date: refused, not rolled over to March
            "CAIPS;2023;FIL-2;01/05/2023;1;PIGEON_VOYAGEUR", // 5 unknown code
            "CAIPS;2023;FIL-2;01/06/2023;-3;",              // 6 negative entries
            "CAIPS;2023;;01/07/2023;1;",                    // 7 missing filière
            "CAIPS;2023;FIL-1;15/03/2023;4;FOREM_ACTIRIS",  // 8 the same row as line 2
            "CAIPS;2023;FIL-1;2023-04-01;9;",               // 9 the same key as line 3, other values
            "ALEAP;2023;FIL-3;01/08/2023;1;") + "\n");      // 10 another federation's row in CAIPS's folder

        var summary = await inbox.IngestAsync();

        Assert.Equal(
        [
            "4|mois|31/02/2023|date_invalide",
            "5|canal_principal|PIGEON_VOYAGEUR|code_inconnu",
            "6|nb_entrees|-3|hors_limites",
            "7|filiere_id|NULL|obligatoire",
            "8|filiere_id|NULL|ligne_en_double",
            "9|filiere_id|NULL|cle_en_double",
            "10|federation_code|ALEAP|federation_incoherente",
        ], inbox.Problems("recrutement_mois"));
        Assert.Equal(["2|2023-03-15", "3|2023-04-01"],
            inbox.Lake("SELECT _source_line, strftime(mois, '%Y-%m-%d') FROM read_parquet('{lake}/raw/recrutement_mois/**/*.parquet') ORDER BY 1"));
        var table = Assert.Single(summary.Tables);
        Assert.Equal((9, 2, 7), (table.RowsRead, table.RowsOk, table.RowsQuarantined));
    }

    [Fact]
    public async Task Oui_non_booleans_are_read_and_anything_else_is_quarantined()
    {
        using var inbox = new TinyInbox();
        var parcours = Contracts.Catalog.Find("parcours")!;
        var required = parcours.Columns.Where(c => c.Required).Select(c => c.Name).ToList();
        var header = string.Join(';', [.. required, "validation_competences"]);
        string Row(string id, string validation) => string.Join(';', required.Select(c => SampleValue(c, id))) + ";" + validation;
        inbox.Add("CAIPS", "parcours_2023.csv", string.Join("\n", header, Row("P-1", "oui"), Row("P-2", "non"), Row("P-3", "peut-être")) + "\n");

        await inbox.IngestAsync();

        Assert.Equal(["P-1|True", "P-2|False"],
            inbox.Lake("SELECT parcours_id, validation_competences FROM read_parquet('{lake}/raw/parcours/**/*.parquet') ORDER BY 1"));
        Assert.Equal(["4|validation_competences|peut-être|booleen_invalide"], inbox.Problems("parcours"));
    }

    private static string SampleValue(string column, string id) => column switch
    {
        "federation_code" => "CAIPS",
        "millesime" => "2023",
        "parcours_id" => id,
        "stagiaire_pid" => "s-" + id,
        "operateur_id" => "OP-1",
        "filiere_id" => "FIL-1",
        "date_entree" => "2023-02-01",
        "sexe" => "F",
        "classe_age" => "25_29",
        "heures_prestees" => "120",
        "motif_sortie" => "EN_COURS",
        _ => throw new ArgumentException($"add a sample value for the required column {column}"),
    };
}
