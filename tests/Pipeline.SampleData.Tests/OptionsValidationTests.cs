using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests;

/// <summary>Bad options are refused before anything is written, with messages in French for the command line.</summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<int, int, string> BadYears => new()
    {
        { 2016, 2024, "Les années doivent être comprises entre 2017 et 2024" },
        { 2017, 2025, "Les années doivent être comprises entre 2017 et 2024" },
        { 2022, 2020, "Les années doivent être comprises entre 2017 et 2024" },
    };

    public static TheoryData<double> BadScales => new() { 0, -1, 1000.5, double.PositiveInfinity, double.NaN };

    public static TheoryData<double> BadRates => new() { -0.001, 0.51, 1, double.NaN };

    [Theory]
    [MemberData(nameof(BadYears))]
    public void Years_outside_2017_2024_or_reversed_are_refused(int first, int last, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new SampleDataOptions { OutputPath = ".", FirstYear = first, LastYear = last }.Validate());
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Contains($"{first}–{last}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadScales))]
    public void A_scale_outside_0_1000_is_refused(double scale)
    {
        var error = Assert.Throws<ArgumentException>(() => new SampleDataOptions { OutputPath = ".", Scale = scale }.Validate());
        Assert.StartsWith("L'échelle doit être comprise entre 0 (exclu) et 1000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadRates))]
    public void A_defect_rate_outside_0_half_is_refused(double rate)
    {
        var error = Assert.Throws<ArgumentException>(() => new SampleDataOptions { OutputPath = ".", DefectRate = rate }.Validate());
        Assert.StartsWith("Le taux de défauts doit être compris entre 0 et 0,5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bounds_themselves_are_accepted()
    {
        new SampleDataOptions { OutputPath = ".", FirstYear = 2017, LastYear = 2024, Scale = 1000, DefectRate = 0.5 }.Validate();
        new SampleDataOptions { OutputPath = ".", FirstYear = 2024, LastYear = 2024, Scale = 0.001, DefectRate = 0 }.Validate();
    }

    [Fact]
    public void Generate_refuses_bad_options_before_writing_anything()
    {
        using var folder = new TempFolder();
        var options = new SampleDataOptions { OutputPath = folder.FullPath, FirstYear = 2030, LastYear = 2031 };
        Assert.Throws<ArgumentException>(() => SampleDataGenerator.Generate(options));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullPath));
    }
}
