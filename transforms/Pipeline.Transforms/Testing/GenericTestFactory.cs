using System.Text.RegularExpressions;
using Pipeline.Transforms.Dependencies;
using Pipeline.Transforms.Discovery;
using Pipeline.Transforms.Discovery.Yaml;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Testing;

/// <summary>Turns the tests written in YAML into <see cref="DataTest"/>s with their SQL, dbt's names and dependencies.</summary>
internal sealed partial class GenericTestFactory(ReferenceResolver resolver, SourceCatalog sources, Func<string, string> relativePath)
{
    /// <summary>Tests on a model or seed.</summary>
    public IEnumerable<DataTest> ForNode(string node, NodeSpec spec, List<ProjectIssue> issues) =>
        AllTests(spec.Tests, spec.Columns)
            .Select(t => Create(t, node, SqlIdentifier.Quote(node), [node], [], issues))
            .OfType<DataTest>();

    /// <summary>Tests on a source table's columns.</summary>
    public IEnumerable<DataTest> ForSource(SourceSpec source, SourceTableSpec table, List<ProjectIssue> issues)
    {
        var schema = source.Schema;
        var qualified = sources.Find(schema, table.Name)?.QualifiedName ?? $"{schema}.{table.Name}";
        var relation = SqlIdentifier.Quote(schema) + "." + SqlIdentifier.Quote(table.Name);
        return AllTests([], table.Columns)
            .Select(t => Create(t, $"source_{source.Name}_{table.Name}", relation, [], [qualified], issues))
            .OfType<DataTest>();
    }

    private static IEnumerable<TestSpec> AllTests(IEnumerable<TestSpec> modelTests, IEnumerable<ColumnSpec> columns) =>
        modelTests.Concat(columns.SelectMany(c => c.Tests));

    private DataTest? Create(
        TestSpec spec, string owner, string relation, IReadOnlyList<string> nodes, IReadOnlyList<string> sourceNames, List<ProjectIssue> issues)
    {
        var column = GenericTestSql.Column(spec.Column!);
        var tested = GenericTestSql.Relation(relation, spec.Where);
        var dependsOn = new SortedSet<string>(nodes, StringComparer.Ordinal);
        var readSources = new SortedSet<string>(sourceNames, StringComparer.Ordinal);
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        string sql;
        string name;
        var kind = spec.TestName switch
        {
            "not_null" => TestKind.NotNull,
            "unique" => TestKind.Unique,
            "accepted_values" => TestKind.AcceptedValues,
            _ => TestKind.Relationships,
        };
        switch (kind)
        {
            case TestKind.NotNull:
                sql = GenericTestSql.NotNull(tested, column);
                name = $"not_null_{owner}_{Slug(spec.Column!)}";
                break;
            case TestKind.Unique:
                sql = GenericTestSql.Unique(tested, column);
                name = $"unique_{owner}_{Slug(spec.Column!)}";
                break;
            case TestKind.AcceptedValues:
                sql = GenericTestSql.AcceptedValues(tested, column, spec.Values);
                name = $"accepted_values_{owner}_{Slug(spec.Column!)}";
                arguments["values"] = string.Join(", ", spec.Values);
                break;
            default:
                if (ResolveTarget(spec, issues) is not { } target)
                {
                    return null;
                }

                (target.IsSource ? readSources : dependsOn).Add(target.Name);
                sql = GenericTestSql.Relationships(tested, column, target.Relation, GenericTestSql.Column(spec.Field!));
                name = $"relationships_{owner}_{Slug(spec.Column!)}__{Slug(spec.Field!)}__{Slug(target.Name)}";
                arguments["to"] = spec.To!;
                arguments["field"] = spec.Field!;
                break;
        }

        if (spec.Where is not null)
        {
            arguments["where"] = spec.Where;
        }

        return new DataTest
        {
            Name = spec.CustomName ?? name,
            Kind = kind,
            Model = nodes.Count > 0 ? nodes[0] : sourceNames.FirstOrDefault(),
            Column = spec.Column,
            Severity = spec.Severity == "warn" ? TestSeverity.Warn : TestSeverity.Error,
            DependsOn = [.. dependsOn],
            Sources = [.. readSources],
            Sql = sql,
            NullCheck = kind == TestKind.NotNull ? new NullCheck(tested, column) : null,
            FilePath = spec.FilePath,
            RelativePath = relativePath(spec.FilePath),
            Line = spec.Line,
            Description = spec.Description,
            Arguments = arguments,
        };
    }

    private (string Name, string Relation, bool IsSource)? ResolveTarget(TestSpec spec, List<ProjectIssue> issues)
    {
        var to = spec.To!.Trim();
        var match = TargetPattern().Match(to);
        if (match.Success && match.Groups["source"].Success)
        {
            var schema = sources.SchemaOf(match.Groups["source"].Value);
            if (sources.Find(schema, match.Groups["table"].Value) is { } table)
            {
                return (table.QualifiedName, SqlIdentifier.Quote(table.Schema) + "." + SqlIdentifier.Quote(table.Name), true);
            }
        }
        else if (match.Success && resolver.FindNode(match.Groups["ref"].Value) is { } node)
        {
            return (node, SqlIdentifier.Quote(node), false);
        }

        issues.Add(new ProjectIssue(spec.FilePath, spec.Line,
            $"le test relationships vise « {to} », qui n'est ni un modèle ni une seed ni une source connue : "
            + "écrivez « to: ref('modele_parent') »."));
        return null;
    }

    private static string Slug(string text) => SlugPattern().Replace(text, "_").Trim('_');

    [GeneratedRegex(@"^(?:ref\(\s*['""](?<ref>[^'""]+)['""]\s*\)|source\(\s*['""](?<source>[^'""]+)['""]\s*,\s*['""](?<table>[^'""]+)['""]\s*\)|(?<ref>[A-Za-z_]\w*))$")]
    private static partial Regex TargetPattern();

    [GeneratedRegex(@"[^A-Za-z0-9_]+")]
    private static partial Regex SlugPattern();
}
