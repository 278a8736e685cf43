using System.Globalization;
using Pipeline.SampleData.Identifiers;
using Pipeline.SampleData.Tests.Support;

namespace Pipeline.SampleData.Tests.Identifiers;

/// <summary>One small 2024 generation with <c>WithIdentifiers</c>, shared by the tests of the class.</summary>
public sealed class IdentifierInbox() : GeneratedInbox(path => new SampleDataOptions
{
    OutputPath = path, Scale = 0.02, FirstYear = 2024, LastYear = 2024, DefectRate = 0, WithIdentifiers = true,
});

/// <summary>The opt-in files that identify people: national numbers that pass the mod-97 check, e-mails, Belgian phones.</summary>
public sealed class IdentifierFilesTests(IdentifierInbox inbox) : IClassFixture<IdentifierInbox>, IDisposable
{
    private readonly TempFolder scratch = new();

    [Fact]
    public void The_three_identifier_files_are_written_and_listed()
    {
        var expected = IdentifierFiles.Create(inbox.Options.Seed, inbox.Options.LastYear, 40).Select(f => f.RelativePath).ToList();
        Assert.Equal(3, expected.Count);
        var listed = inbox.Manifest.Files.Where(f => f.Kind == GeneratedFile.Identifiers).ToList();
        Assert.Equal(expected, listed.Select(f => f.RelativePath));
        using var duck = new Duck();
        foreach (var file in listed)
        {
            Assert.True(File.Exists(inbox.PathOf(file.RelativePath)), file.RelativePath);
            Assert.Null(file.Dataset);
            Assert.Equal(file.Rows, Read(duck, file.RelativePath).Count);
        }
    }

    [Fact]
    public void Every_national_number_passes_the_mod_97_check_and_encodes_a_birth_date()
    {
        using var duck = new Duck();
        var numbers = Column(duck, "CAIPS/parcours_2024_nominatif.csv", "numero_national")
            .Concat(Column(duck, "ALEAP/accompagnement_acte_2024_suivi.csv", "reference")).ToList();
        Assert.Equal(80, numbers.Count);
        Assert.All(numbers, n => Assert.True(Mod97.IsValid(n), n));
        Assert.All(numbers, n => Assert.True(
            DateOnly.TryParseExact(n[..6], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), n));
        // Both century rules are exercised: people born in the 1960s–1990s and from 2000.
        var birthDates = Column(duck, "CAIPS/parcours_2024_nominatif.csv", "date_naissance")
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(birthDates, d => d.Year < 2000);
        Assert.Contains(birthDates, d => d.Year >= 2000);
    }

    [Fact]
    public void E_mails_and_phones_look_like_e_mails_and_belgian_mobiles()
    {
        using var duck = new Duck();
        var emails = Column(duck, "CAIPS/parcours_2024_nominatif.csv", "email").Concat(Column(duck, "FEBISP/operateur_2024_contacts.csv", "email_contact"));
        var phones = Column(duck, "CAIPS/parcours_2024_nominatif.csv", "telephone").Concat(Column(duck, "FEBISP/operateur_2024_contacts.csv", "gsm"));
        Assert.All(emails, e => Assert.Matches(@"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$", e));
        // +32, then a 9-digit mobile number 4xx xx xx xx.
        Assert.All(phones, p => Assert.Matches(@"^\+32 4[5-9][0-9]( [0-9]{2}){3}$", p));
    }

    private List<Dictionary<string, string>> Read(Duck duck, string relativePath)
    {
        var path = inbox.PathOf(relativePath);
        var delimiter = relativePath.StartsWith("CAIPS", StringComparison.Ordinal) ? "," : ";";
        if (relativePath.StartsWith("ALEAP", StringComparison.Ordinal))
        {
            path = FederationFiles.AleapAsUtf8(path, scratch.FullPath);
        }

        // All text: a national number of someone born in 2005 starts with 0.
        using var rows = duck.Connection.CreateCommand();
        rows.CommandText = $"SELECT * FROM read_csv({Duck.Literal(path)}, delim='{delimiter}', header=true, all_varchar=true)";
        using var reader = rows.ExecuteReader();
        var result = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            result.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.GetString(i)));
        }

        return result;
    }

    private IEnumerable<string> Column(Duck duck, string relativePath, string column) => Read(duck, relativePath).Select(r => r[column]);

    public void Dispose() => scratch.Dispose();
}
