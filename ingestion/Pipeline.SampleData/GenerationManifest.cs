using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.SampleData;

/// <summary>
/// The account of one generation: options and every file written. Saved as .generation.json in the inbox
/// (a hidden file, which ingestion ignores) so tests and people can see what was injected where.
/// </summary>
public sealed record GenerationManifest(int Seed, double Scale, int FirstYear, int LastYear, double DefectRate, IReadOnlyList<GeneratedFile> Files)
{
    public const string FileName = ".generation.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public void Save(string inboxPath) => File.WriteAllText(Path.Combine(inboxPath, FileName), JsonSerializer.Serialize(this, Json));

    public static GenerationManifest Load(string inboxPath) =>
        JsonSerializer.Deserialize<GenerationManifest>(File.ReadAllText(Path.Combine(inboxPath, FileName)), Json)
        ?? throw new InvalidDataException($"{FileName} is empty.");
}
