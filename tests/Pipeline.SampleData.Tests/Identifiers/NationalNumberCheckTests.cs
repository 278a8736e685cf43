using System.Globalization;
using Pipeline.SampleData.Identifiers;

namespace Pipeline.SampleData.Tests.Identifiers;

/// <summary>The generator's <see cref="NationalNumber"/> agrees with the test's own mod-97 check.</summary>
public sealed class NationalNumberCheckTests
{
    [Theory]
    [InlineData("85061512390")] // born 1985: 97 − (850615123 mod 97) = 90
    [InlineData("00010100105")] // born 1 January 2000: 97 − (2000101001 mod 97) = 5
    public void Known_valid_numbers_pass_both_checks(string number)
    {
        Assert.True(Mod97.IsValid(number));
        Assert.True(NationalNumber.IsValid(number));
    }

    [Fact]
    public void Both_century_rules_are_recognised()
    {
        var before = Mod97.Make(new DateOnly(1985, 6, 15), 123);
        var after = Mod97.Make(new DateOnly(2003, 2, 28), 997);
        Assert.Equal("85061512390", before);
        Assert.Equal("03022899715", after);
        Assert.True(Mod97.IsValid(after));
        // The 2000+ rule gives another check than the 1900s rule for the same nine digits.
        var nineDigits = long.Parse(after[..9], CultureInfo.InvariantCulture);
        Assert.NotEqual(after, after[..9] + (97 - (nineDigits % 97)).ToString("00", CultureInfo.InvariantCulture));
        Assert.True(NationalNumber.IsValid(before));
        Assert.True(NationalNumber.IsValid(after));
        Assert.Equal(after, NationalNumber.Create(new DateOnly(2003, 2, 28), 997));
        Assert.Equal(before, NationalNumber.Create(new DateOnly(1985, 6, 15), 123));
    }

    [Theory]
    [InlineData("85061512391")] // wrong check digits
    [InlineData("8506151230")] // 10 digits
    [InlineData("850615123022")] // 12 digits
    [InlineData("85.06.15-123.90")] // formatted, not 11 digits
    [InlineData("8506151230A")]
    [InlineData("")]
    public void Invalid_numbers_fail_both_checks(string number)
    {
        Assert.False(Mod97.IsValid(number));
        Assert.False(NationalNumber.IsValid(number));
    }

    [Fact]
    public void The_two_checks_agree_on_many_random_and_generated_numbers()
    {
        var random = new Random(97);
        var samples = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            samples.Add(random.NextInt64(0, 100_000_000_000).ToString("D11", CultureInfo.InvariantCulture));
            var birth = new DateOnly(1930, 1, 1).AddDays(random.Next(365 * 90));
            var valid = NationalNumber.Create(birth, 1 + random.Next(997));
            samples.Add(valid);
            var otherCheck = (int.Parse(valid[9..], CultureInfo.InvariantCulture) % 97) + 1;
            samples.Add(valid[..9] + otherCheck.ToString("00", CultureInfo.InvariantCulture));
        }

        Assert.All(samples, s => Assert.True(Mod97.IsValid(s) == NationalNumber.IsValid(s), s));
        Assert.Contains(samples, Mod97.IsValid);
        Assert.Contains(samples, s => !Mod97.IsValid(s));
        Assert.All(samples.Where((_, i) => i % 3 == 1), s => Assert.True(Mod97.IsValid(s), s));
    }
}
