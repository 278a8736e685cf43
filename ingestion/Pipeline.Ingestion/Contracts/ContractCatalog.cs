using System.Globalization;
using Pipeline.Core;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pipeline.Ingestion.Contracts;

/// <summary>
/// The data contracts and shared code lists: read from the project's contracts folder, or, when a project
/// has none, from the copies built into this assembly (so a fresh demo project works). Mistakes in a
/// contract are reported with its file, line and column.
/// </summary>
public sealed class ContractCatalog
{
    private const string CodeListsFile = "codelists.yaml";

    private ContractCatalog(IReadOnlyList<DataContract> contracts, CodeLists codeLists)
    {
        Contracts = contracts;
        CodeLists = codeLists;
    }

    public IReadOnlyList<DataContract> Contracts { get; }

    public CodeLists CodeLists { get; }

    public DataContract? Find(string dataset) => Contracts.FirstOrDefault(c => c.Dataset == dataset);

    /// <summary>Loads the contracts of <paramref name="folder"/>, or the built-in ones when it does not exist.</summary>
    public static ContractCatalog Load(string folder)
    {
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(p => (Path: p, Text: File.ReadAllText(p))).ToList()
            : BuiltIn().ToList();
        var codeListsFile = files.FirstOrDefault(f => Path.GetFileName(f.Path) == CodeListsFile);
        if (codeListsFile.Path is null)
        {
            throw new PipelineException($"Le dossier des contrats {folder} ne contient pas {CodeListsFile} (les listes de codes partagées).");
        }

        var codeLists = Parse<CodeListsDocument>(codeListsFile.Path, codeListsFile.Text).ToCodeLists();
        var contracts = files.Where(f => f != codeListsFile)
            .Select(f => Parse<ContractDocument>(f.Path, f.Text).ToContract(f.Path, codeLists))
            .ToList();
        var duplicate = contracts.GroupBy(c => c.Dataset).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PipelineException($"Deux contrats décrivent le jeu de données « {duplicate.Key} » : {string.Join(", ", duplicate.Select(c => c.SourcePath))}.");
        }

        return new ContractCatalog(contracts, codeLists);
    }

    private static IEnumerable<(string Path, string Text)> BuiltIn()
    {
        var assembly = typeof(ContractCatalog).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return ("(intégré)/" + name.Split("contracts.")[^1], reader.ReadToEnd());
        }
    }

    private static T Parse<T>(string path, string text)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<T>(text) ?? throw new PipelineConfigException(path, 1, 1, "le fichier est vide.");
        }
        catch (YamlException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            throw new PipelineConfigException(path, (int)e.Start.Line, (int)e.Start.Column,
                string.Create(CultureInfo.InvariantCulture, $"contrat illisible : {detail}"), e);
        }
    }
}
