namespace Pipeline.Ingestion.Contracts;

/// <summary>The shared code lists: for each list, its codes and their French labels.</summary>
public sealed record CodeLists(string Version, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Lists);

/// <summary>The YAML shape of codelists.yaml.</summary>
internal sealed class CodeListsDocument
{
    public string Version { get; set; } = string.Empty;

    public Dictionary<string, Dictionary<string, string>> Lists { get; set; } = [];

    public CodeLists ToCodeLists() => new(
        Version,
        Lists.ToDictionary(l => l.Key, l => (IReadOnlyDictionary<string, string>)l.Value, StringComparer.Ordinal));
}
