using System.Text.Json.Nodes;
using Pipeline.Transforms.Graph;

namespace Pipeline.Transforms.Artifacts;

/// <summary>
/// <c>target/manifest.json</c>: every node (seeds, models), test and source with its file, configuration,
/// description, columns (the warehouse's types when built) and dependencies, plus parent and child maps.
/// </summary>
internal static class ManifestDocument
{
    public static JsonObject Create(string projectName, TransformGraph graph, WarehouseCatalog catalog, DateTimeOffset generatedAt)
    {
        var nodes = new JsonObject();
        foreach (var node in graph.Nodes)
        {
            nodes[node.UniqueId] = Node(graph, node, catalog);
        }

        var tests = new JsonObject();
        foreach (var test in graph.Tests)
        {
            tests[test.UniqueId] = new JsonObject
            {
                ["unique_id"] = test.UniqueId,
                ["name"] = test.Name,
                ["resource_type"] = "test",
                ["test_kind"] = ArtifactNames.Of(test.Kind),
                ["severity"] = ArtifactNames.Of(test.Severity),
                ["model"] = test.Model,
                ["column"] = test.Column,
                ["path"] = test.RelativePath,
                ["line"] = test.Line,
                ["description"] = test.Description,
                ["arguments"] = new JsonObject([.. test.Arguments.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value))]),
                ["depends_on"] = DependsOn(graph, test.DependsOn, test.Sources),
                ["sql"] = test.Sql,
            };
        }

        var sources = new JsonObject();
        foreach (var source in graph.Sources)
        {
            sources["source." + source.QualifiedName] = new JsonObject
            {
                ["unique_id"] = "source." + source.QualifiedName,
                ["schema"] = source.Schema,
                ["name"] = source.Name,
                ["is_lake_dataset"] = source.IsLakeDataset,
                ["has_data"] = source.HasData,
                ["description"] = source.Description,
                ["columns"] = Columns(catalog.Merge(source.Schema, source.Name, source.Columns)),
            };
        }

        return new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["generated_at"] = generatedAt.ToString("O"),
                ["project_name"] = projectName,
                ["duckdb_version"] = Pipeline.DuckDb.DuckDBConnection.LibraryVersion,
            },
            ["nodes"] = nodes,
            ["tests"] = tests,
            ["sources"] = sources,
            ["parent_map"] = new JsonObject([.. graph.Nodes.Select(n => KeyValuePair.Create(n.UniqueId,
                (JsonNode?)Array([.. n.DependsOn.Select(d => graph.Find(d)!.UniqueId).Concat(n.Sources.Select(s => "source." + s))])))]),
            ["child_map"] = new JsonObject([.. graph.Nodes.Select(n => KeyValuePair.Create(n.UniqueId,
                (JsonNode?)Array([.. graph.ChildrenOf(n.Name).Select(c => graph.Find(c)!.UniqueId)])))]),
        };
    }

    private static JsonObject Node(TransformGraph graph, ModelNode node, WarehouseCatalog catalog)
    {
        var json = new JsonObject
        {
            ["unique_id"] = node.UniqueId,
            ["name"] = node.Name,
            ["resource_type"] = ArtifactNames.Of(node.Kind),
            ["path"] = node.RelativePath,
            ["schema_file"] = node.SchemaFilePath is null ? null : Path.GetRelativePath(graph.RootPath, node.SchemaFilePath).Replace('\\', '/'),
            ["description"] = node.Description,
            ["config"] = new JsonObject
            {
                ["materialized"] = ArtifactNames.Of(node.Materialization),
                ["tags"] = Array(node.Tags),
            },
            ["columns"] = Columns(catalog.Merge("main", node.Name, node.Columns)),
            ["depends_on"] = DependsOn(graph, node.DependsOn, node.Sources),
            ["tests"] = Array([.. graph.Tests.Where(t => t.DependsOn.Contains(node.Name, StringComparer.OrdinalIgnoreCase)).Select(t => t.UniqueId)]),
        };
        if (node.Kind == NodeKind.Seed)
        {
            json["config"]!["column_types"] = new JsonObject([.. node.ColumnTypes.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]);
        }
        else
        {
            json["sql"] = node.Sql;
        }

        return json;
    }

    private static JsonObject DependsOn(TransformGraph graph, IReadOnlyList<string> nodes, IReadOnlyList<string> sources) => new()
    {
        ["nodes"] = Array([.. nodes.Select(n => graph.Find(n)!.UniqueId)]),
        ["sources"] = Array([.. sources.Select(s => "source." + s)]),
    };

    private static JsonObject Columns(IReadOnlyList<ColumnInfo> columns) =>
        new([.. columns.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)new JsonObject
        {
            ["name"] = c.Name,
            ["description"] = c.Description,
            ["data_type"] = c.DataType,
        }))]);

    private static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode?)i)]);
}
