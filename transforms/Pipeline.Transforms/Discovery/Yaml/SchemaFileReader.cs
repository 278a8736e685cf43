using YamlDotNet.RepresentationModel;

namespace Pipeline.Transforms.Discovery.Yaml;

/// <summary>
/// Reads a model file (<c>schema.yml</c> shape: <c>version: 2</c>, <c>models:</c>, <c>seeds:</c>,
/// <c>sources:</c>, <c>data_tests:</c>) strictly; the first mistake is a located
/// <see cref="Pipeline.Core.PipelineConfigException"/>.
/// </summary>
internal sealed partial class SchemaFileReader
{
    private static readonly string[] RootKeys = ["version", "models", "seeds", "sources", "data_tests"];
    private static readonly string[] NodeKeys = ["name", "description", "config", "columns", "tests", "data_tests", "tags", "meta", "docs"];
    private static readonly string[] ModelConfigKeys = ["materialized", "tags", "meta"];
    private static readonly string[] SeedConfigKeys = ["column_types", "tags", "meta"];
    private static readonly string[] ColumnKeys = ["name", "description", "data_type", "tests", "data_tests", "meta", "tags", "quote"];
    private static readonly string[] SourceKeys = ["name", "schema", "description", "tables", "meta", "tags"];
    private static readonly string[] SourceTableKeys = ["name", "description", "columns", "meta", "tags"];
    private static readonly string[] DataTestKeys = ["name", "description", "config", "meta"];

    /// <summary>Values admitted for <c>materialized</c>.</summary>
    internal static readonly string[] Materializations = ["view", "table", "parquet"];

    private readonly string filePath;

    private SchemaFileReader(string filePath) => this.filePath = filePath;

    public static SchemaFile Read(string filePath) => new SchemaFileReader(filePath).Read();

    private SchemaFile Read()
    {
        var root = YamlFile.LoadRoot(File.ReadAllText(filePath), filePath);
        if (root is null)
        {
            return new SchemaFile(filePath, [], [], [], []);
        }

        var map = new YamlMap(filePath, root, "à la racine du fichier", RootKeys);
        if (map.Find("version") is YamlScalarNode { Value: var version } versionNode && version != "2")
        {
            throw map.Error(versionNode, $"« version » vaut « {version} » : seule la version 2 (format schema.yml de dbt) est lue.");
        }

        return new SchemaFile(
            filePath,
            [.. Entries(map, "models", "un modèle").Select(n => ReadNode(n, "modèle", ModelConfigKeys))],
            [.. Entries(map, "seeds", "une seed").Select(n => ReadNode(n, "seed", SeedConfigKeys))],
            [.. Entries(map, "sources", "une source").Select(ReadSource)],
            [.. Entries(map, "data_tests", "un test").Select(ReadDataTest)]);
    }

    private static IEnumerable<YamlMappingNode> Entries(YamlMap map, string key, string what) =>
        map.Sequence(key).Select(item => item as YamlMappingNode
            ?? throw map.Error(item, $"chaque élément de « {key} » décrit {what} par des clés (name:, description:...), trouvé {YamlMap.Show(item)}."));

    /// <summary>Reads a mapping whose <c>name:</c> is required, with that name in its messages.</summary>
    private YamlMap Named(
        YamlMappingNode node, string unnamedScope, Func<string, string> namedScope, IReadOnlyList<string> keys, string example, out string name)
    {
        var written = node.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "name" }).Value as YamlScalarNode;
        name = written?.Value is { Length: > 0 } text
            ? text
            : new YamlMap(filePath, node, unnamedScope, keys).RequiredString("name", example);
        return new YamlMap(filePath, node, namedScope(name), keys);
    }

    private NodeSpec ReadNode(YamlMappingNode node, string what, IReadOnlyList<string> configKeys)
    {
        var example = what == "seed" ? "nom_du_fichier_csv" : "nom_du_fichier_sql";
        var map = Named(node, $"dans un(e) {what}", n => $"dans le {what} « {n} »", NodeKeys, example, out var name);
        var config = map.Map("config", $"dans « config » du {what} « {name} »", configKeys);
        return new NodeSpec(name, filePath, map.Line)
        {
            Description = map.String("description"),
            Materialized = config?.Choice("materialized", Materializations),
            Tags = [.. map.StringList("tags"), .. config?.StringList("tags") ?? []],
            Columns = [.. ReadColumns(map, name)],
            Tests = [.. ReadTests(map, column: null)],
            ColumnTypes = config is null ? new Dictionary<string, string>() : ReadColumnTypes(config),
        };
    }

    private static Dictionary<string, string> ReadColumnTypes(YamlMap config)
    {
        var types = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var node = config.Find("column_types");
        if (node is null)
        {
            return types;
        }

        const string Expected = "« column_types » donne un type par colonne : « column_types: { code: VARCHAR } ».";
        if (node is not YamlMappingNode mapping)
        {
            throw config.Error(node, Expected);
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } column } || value is not YamlScalarNode { Value: { Length: > 0 } type })
            {
                throw config.Error(key, Expected);
            }

            types[column] = type;
        }

        return types;
    }

    private List<ColumnSpec> ReadColumns(YamlMap owner, string ownerName)
    {
        var columns = new List<ColumnSpec>();
        foreach (var item in owner.Sequence("columns"))
        {
            var node = item as YamlMappingNode
                ?? throw owner.Error(item, $"chaque colonne de « {ownerName} » se décrit par des clés (name:, description:, tests:), trouvé {YamlMap.Show(item)}.");
            var map = Named(
                node, $"dans une colonne de « {ownerName} »", n => $"dans la colonne « {n} » de « {ownerName} »", ColumnKeys, "nom_de_colonne", out var name);
            columns.Add(new ColumnSpec(name, map.Line, map.String("description"), map.String("data_type"), ReadTests(map, name)));
        }

        return columns;
    }

    private SourceSpec ReadSource(YamlMappingNode node)
    {
        var map = Named(node, "dans une source", n => $"dans la source « {n} »", SourceKeys, "raw", out var name);
        var tables = new List<SourceTableSpec>();
        foreach (var item in map.Sequence("tables"))
        {
            var table = item as YamlMappingNode
                ?? throw map.Error(item, $"chaque table de la source « {name} » se décrit par des clés (name:, description:).");
            var tableMap = Named(
                table,
                $"dans une table de la source « {name} »",
                n => $"dans la table « {n} » de la source « {name} »",
                SourceTableKeys,
                "nom_de_table",
                out var tableName);
            var columns = ReadColumns(tableMap, $"{name}.{tableName}");
            tables.Add(new SourceTableSpec(tableName, tableMap.Line, tableMap.String("description"), columns));
        }

        return new SourceSpec(name, map.String("schema") ?? name, filePath, map.Line, map.String("description"), tables);
    }

    private SingularTestSpec ReadDataTest(YamlMappingNode node)
    {
        var map = Named(node, "dans un test", n => $"dans le test « {n} »", DataTestKeys, "nom_du_fichier_sql_du_test", out var name);
        var config = map.Map("config", $"dans « config » du test « {name} »", ["severity", "tags", "meta"]);
        return new SingularTestSpec(name, filePath, map.Line, map.String("description"), config?.Choice("severity", Severities));
    }
}
