using Pipeline.Core;

namespace Pipeline.Ingestion.Contracts;

/// <summary>The YAML shape of a contract file, checked and turned into a <see cref="DataContract"/>.</summary>
internal sealed class ContractDocument
{
    public string Dataset { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<string> Key { get; set; } = [];

    public List<string> PartitionBy { get; set; } = [];

    public string PeriodColumn { get; set; } = "millesime";

    public List<ColumnDocument> Columns { get; set; } = [];

    public DataContract ToContract(string path, CodeLists codeLists)
    {
        if (string.IsNullOrWhiteSpace(Dataset) || string.IsNullOrWhiteSpace(Version) || Columns.Count == 0)
        {
            throw new PipelineException($"{path} : un contrat doit donner dataset, version et columns.");
        }

        var columns = Columns.Select(c => c.ToColumn(path, codeLists)).ToList();
        foreach (var name in Key.Append(PeriodColumn).Where(k => columns.All(c => c.Name != k)))
        {
            throw new PipelineException($"{path} : la colonne « {name} » (clé ou période) n'est pas une colonne du contrat.");
        }

        return new DataContract(Dataset, Version, Description, Key, PeriodColumn, columns, path);
    }
}

/// <summary>The YAML shape of a contract column.</summary>
internal sealed class ColumnDocument
{
    public string Name { get; set; } = string.Empty;

    public string Type { get; set; } = "text";

    public string? Codes { get; set; }

    public bool Required { get; set; }

    public List<decimal>? Range { get; set; }

    public string? Since { get; set; }

    public List<string> Aliases { get; set; } = [];

    public ContractColumn ToColumn(string path, CodeLists codeLists)
    {
        if (!Enum.TryParse<ColumnType>(Type, ignoreCase: true, out var type))
        {
            throw new PipelineException($"{path} : colonne « {Name} », type « {Type} » inconnu (admis : {string.Join(", ", Enum.GetNames<ColumnType>().Select(n => n.ToLowerInvariant()))}).");
        }

        if (type == ColumnType.Code && (Codes is null || !codeLists.Lists.ContainsKey(Codes)))
        {
            throw new PipelineException($"{path} : colonne « {Name} », la liste de codes « {Codes} » n'existe pas dans codelists.yaml.");
        }

        if (Range is not null && Range.Count != 2)
        {
            throw new PipelineException($"{path} : colonne « {Name} », range attend [minimum, maximum].");
        }

        return new ContractColumn(Name, type, Required, Codes, Range?[0], Range?[1], Since, Aliases.Select(HeaderName.Normalise).ToList());
    }
}
