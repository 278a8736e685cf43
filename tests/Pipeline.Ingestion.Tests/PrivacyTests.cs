using System.Globalization;
using Pipeline.Ingestion.Manifest;

namespace Pipeline.Ingestion.Tests;

/// <summary>Files that identify a person are refused whole: kept in landing, nothing in raw, the reason names the column.</summary>
public sealed class PrivacyTests
{
    [Theory]
    [InlineData("reference", "85.07.30-033.28", "des numéros de registre national valides")]     // born 1985
    [InlineData("reference", "NN2000", "des numéros de registre national valides")]              // born 2005: the 2000s rule
    [InlineData("contact", "marie.dupont@example.be", "des adresses e-mail")]
    [InlineData("joignable", "+32 470 12 34 56", "des numéros de téléphone")]
    [InlineData("joignable", "0470/12.34.56", "des numéros de téléphone")]
    [InlineData("Prénom", "Marie", "un nom de colonne d'identification directe")]
    [InlineData("Date de naissance", "1985-07-30", "un nom de colonne d'identification directe")]
    [InlineData("Numéro national", "", "un nom de colonne d'identification directe")]
    public async Task A_file_with_a_direct_identifier_is_refused_whole_and_nothing_of_it_reaches_raw(string column, string value, string found)
    {
        using var inbox = new TinyInbox();
        value = value == "NN2000" ? NationalNumber(new DateOnly(2005, 3, 12), 45) : value;
        var csv = string.Join("\n", Resources.Header + ";" + column,
            Resources.Line("OP-1") + ";" + value, Resources.Line("OP-2") + ";" + value) + "\n";
        var path = inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv", csv);

        var summary = await inbox.IngestAsync();

        var table = Assert.Single(summary.Tables);
        Assert.Equal(IngestStatus.Refused, table.Status);
        Assert.Contains($"« {column} »", table.Reason, StringComparison.Ordinal);
        Assert.Contains(found, table.Reason, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(inbox.Root, "lake", "raw")), "nothing of a refused file may reach raw");
        Assert.True(File.Exists(Path.Combine(inbox.Root, "lake", "landing", table.Sha256 + ".csv")), "the refused file is kept, byte for byte, in landing");
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(Path.Combine(inbox.Root, "lake", "landing", table.Sha256 + ".csv")));
    }

    [Fact]
    public async Task Eleven_digit_numbers_that_fail_the_check_are_not_national_numbers()
    {
        using var inbox = new TinyInbox();
        var valid = NationalNumber(new DateOnly(1985, 7, 30), 33);
        var wrongCheck = valid[..9] + ((int.Parse(valid[9..], CultureInfo.InvariantCulture) + 1) % 100).ToString("00", CultureInfo.InvariantCulture);
        var csv = string.Join("\n", Resources.Header + ";reference", Resources.Line("OP-1") + ";" + wrongCheck, Resources.Line("OP-2") + ";12345678901") + "\n";
        inbox.Add("ALEAP", "ressources_operateur_annee_2023.csv", csv);

        var summary = await inbox.IngestAsync();

        Assert.Equal(IngestStatus.Ingested, Assert.Single(summary.Tables).Status);
    }

    [Fact]
    public void The_test_numbers_follow_each_century_rule_and_only_that_one()
    {
        var born1985 = NationalNumber(new DateOnly(1985, 7, 30), 33);
        var born2005 = NationalNumber(new DateOnly(2005, 3, 12), 45);

        Assert.Equal("85073003328", born1985); // 97 − (850730033 mod 97) = 28, computed by hand
        Assert.NotEqual(97 - (long.Parse(born2005[..9], CultureInfo.InvariantCulture) % 97), long.Parse(born2005[9..], CultureInfo.InvariantCulture));
    }

    /// <summary>yyMMdd + 3-digit sequence + check: 97 − (the 9 digits mod 97), with a 2 in front for births from 2000.</summary>
    private static string NationalNumber(DateOnly birth, int sequence)
    {
        var nine = long.Parse(string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{sequence:000}"), CultureInfo.InvariantCulture);
        var check = 97 - ((birth.Year >= 2000 ? 2_000_000_000 + nine : nine) % 97);
        return string.Create(CultureInfo.InvariantCulture, $"{nine:000000000}{check:00}");
    }
}
