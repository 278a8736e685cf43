namespace Pipeline.Core.Tests.Configuration;

public sealed class FederationErrorTests
{
    [Theory]
    [InlineData("wal")]
    [InlineData("FLA")]
    [InlineData("Wallonie")]
    public void The_region_must_be_wal_or_bru(string region)
    {
        ConfigErrorAssert.Fails($"federations:\n  - code: UNESSA\n    region: {region}\n", 3, 13,
            $"« region » dans la fédération n° 1 doit être WAL (Wallonie) ou BRU (Bruxelles), trouvé « {region} ».");
    }

    [Fact]
    public void A_duplicate_code_points_at_the_second_one_and_names_the_first_line()
    {
        ConfigErrorAssert.Fails(
            "federations:\n  - { code: UNESSA, region: WAL }\n  - { code: AID, region: WAL }\n  - { code: UNESSA, region: BRU }\n", 4, 13,
            "la fédération « UNESSA » est déjà déclarée ligne 2 ; chaque code doit être unique.");
    }

    [Fact]
    public void A_lower_case_code_is_refused_with_its_upper_case_spelling()
    {
        ConfigErrorAssert.Fails("federations:\n  - { code: febisp, region: BRU }\n", 2, 13,
            "« code » dans la fédération n° 1 doit être un code en majuscules, ex. UNESSA, trouvé « febisp » (écrivez « FEBISP »).");
    }

    [Fact]
    public void A_missing_region_is_reported_at_the_federation()
    {
        ConfigErrorAssert.Fails("federations:\n  - { code: AID, region: WAL }\n  - { code: LEE, name: Lire et Écrire }\n", 3, 5,
            "« region » dans la fédération n° 2 manque pour « LEE » : indiquez WAL (Wallonie) ou BRU (Bruxelles).");
    }

    [Fact]
    public void A_missing_code_is_reported_at_the_federation()
    {
        ConfigErrorAssert.Fails("federations:\n  - region: WAL\n    name: X\n", 2, 5,
            "« code » dans la fédération n° 1 manque : indiquez un code en majuscules, ex. UNESSA.");
    }

    [Fact]
    public void A_federation_written_as_a_bare_code_is_refused()
    {
        ConfigErrorAssert.Fails("federations:\n  - UNESSA\n", 2, 5,
            "la fédération n° 1 doit être une section { code, region, name }, trouvé « UNESSA ».");
    }

    [Fact]
    public void An_empty_federation_list_is_refused()
    {
        ConfigErrorAssert.Fails("federations: []\n", 1, 14,
            "la liste « federations » est vide : déclarez au moins une fédération "
            + "(une liste de fédérations, ex. - { code: UNESSA, region: WAL, name: UNESSA }).");
    }
}
