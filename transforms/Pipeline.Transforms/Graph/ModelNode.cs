namespace Pipeline.Transforms.Graph;

/// <summary>A model or a seed: something the engine builds in the warehouse's <c>main</c> schema.</summary>
public sealed record ModelNode
{
    /// <summary>The relation's name: the file stem, unique across the project.</summary>
    public required string Name { get; init; }

    /// <summary><see cref="NodeKind.Model"/> or <see cref="NodeKind.Seed"/>.</summary>
    public required NodeKind Kind { get; init; }

    /// <summary><c>model.stg_parcours</c>, <c>seed.code_region</c>.</summary>
    public string UniqueId => $"{(Kind == NodeKind.Seed ? "seed" : "model")}.{Name}";

    /// <summary>Absolute path of the <c>.sql</c> or <c>.csv</c> file.</summary>
    public required string FilePath { get; init; }

    /// <summary>Path relative to the project folder, with '/' separators.</summary>
    public required string RelativePath { get; init; }

    /// <summary>The SELECT as run: the file's text with <c>{{ ref }}</c>/<c>{{ source }}</c> rewritten (same lines). Empty for seeds.</summary>
    public string Sql { get; init; } = "";

    public Materialization Materialization { get; init; } = Materialization.Table;

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>Columns documented in YAML, in the order written.</summary>
    public IReadOnlyList<ColumnInfo> Columns { get; init; } = [];

    /// <summary>Models and seeds this one reads, by name, sorted.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>Sources this one reads (<c>raw.parcours</c>), sorted.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Seeds only: column types forcing the CSV reader's inference (<c>config: column_types:</c>).</summary>
    public IReadOnlyDictionary<string, string> ColumnTypes { get; init; } = new Dictionary<string, string>();

    /// <summary>The YAML file describing this node, if any.</summary>
    public string? SchemaFilePath { get; init; }
}
