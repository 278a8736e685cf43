using Pipeline.Transforms.Dependencies;
using Pipeline.Transforms.Discovery.Yaml;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Testing;

namespace Pipeline.Transforms.Discovery;

/// <summary>Tests: generic ones from YAML, singular ones from the test paths; names must be unique.</summary>
internal sealed partial class ProjectLoader
{
    private List<DataTest> CreateTests(
        IReadOnlyList<ModelNode> nodes,
        Dictionary<string, NodeSpec> modelSpecs,
        Dictionary<string, NodeSpec> seedSpecs,
        IReadOnlyList<SchemaFile> schemas,
        IReadOnlyList<SqlFile> singular,
        ReferenceResolver resolver,
        SourceCatalog sources)
    {
        var factory = new GenericTestFactory(resolver, sources, Relative);
        var tests = new List<DataTest>();
        foreach (var node in nodes)
        {
            var specs = node.Kind == NodeKind.Seed ? seedSpecs : modelSpecs;
            if (specs.TryGetValue(node.Name, out var spec))
            {
                tests.AddRange(factory.ForNode(node.Name, spec, issues));
            }
        }

        foreach (var source in schemas.SelectMany(s => s.Sources))
        {
            foreach (var table in source.Tables)
            {
                tests.AddRange(factory.ForSource(source, table, issues));
            }
        }

        var singularSpecs = SingularSpecs(schemas, singular);
        tests.AddRange(singular.Where(f => f.Parsed.Error is null).Select(f => Singular(f, singularSpecs.GetValueOrDefault(f.Name), resolver)));
        return Deduplicate(tests);
    }

    private Dictionary<string, SingularTestSpec> SingularSpecs(IReadOnlyList<SchemaFile> schemas, IReadOnlyList<SqlFile> singular)
    {
        var specs = new Dictionary<string, SingularTestSpec>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in schemas.SelectMany(s => s.DataTests))
        {
            if (!singular.Any(f => string.Equals(f.Name, spec.Name, StringComparison.OrdinalIgnoreCase)))
            {
                issues.Add(new ProjectIssue(spec.FilePath, spec.Line,
                    $"le test « {spec.Name} » est décrit ici mais aucun fichier {spec.Name}.sql n'existe sous un dossier de tests."));
            }
            else if (!specs.TryAdd(spec.Name, spec))
            {
                issues.Add(new ProjectIssue(spec.FilePath, spec.Line, $"le test « {spec.Name} » est décrit deux fois."));
            }
        }

        return specs;
    }

    private DataTest Singular(SqlFile file, SingularTestSpec? spec, ReferenceResolver resolver)
    {
        var (dependsOn, sourceNames) = resolver.Resolve(file.Parsed.References, file.Rewritten.Sql, file.FilePath, issues);
        var severity = file.Rewritten.Config?.Severity ?? spec?.Severity;
        if (severity is not null and not "warn" and not "error")
        {
            issues.Add(new ProjectIssue(file.FilePath, file.Rewritten.Config?.Line, $"severity='{severity}' : valeurs admises warn, error."));
        }

        return new DataTest
        {
            Name = file.Name,
            Kind = TestKind.Singular,
            DependsOn = dependsOn,
            Sources = sourceNames,
            Model = dependsOn.Count > 0 ? dependsOn[0] : null,
            Severity = string.Equals(severity, "warn", StringComparison.OrdinalIgnoreCase) ? TestSeverity.Warn : TestSeverity.Error,
            Sql = file.Rewritten.Sql,
            FilePath = file.FilePath,
            RelativePath = Relative(file.FilePath),
            Description = spec?.Description,
        };
    }

    /// <summary>Generated names may collide (two accepted_values on one column): number them; a clash with a singular test is an error.</summary>
    private List<DataTest> Deduplicate(List<DataTest> tests)
    {
        var seen = new Dictionary<string, DataTest>(StringComparer.OrdinalIgnoreCase);
        var result = new List<DataTest>(tests.Count);
        foreach (var test in tests)
        {
            var named = test;
            if (seen.TryGetValue(test.Name, out var first))
            {
                if (test.Kind == TestKind.Singular || first.Kind == TestKind.Singular)
                {
                    issues.Add(new ProjectIssue(test.FilePath, test.Line,
                        $"deux tests s'appellent « {test.Name} » ({first.RelativePath} et {test.RelativePath}) : renommez le fichier ou donnez « name: » au test."));
                    continue;
                }

                var suffix = 2;
                while (seen.ContainsKey($"{test.Name}_{suffix}"))
                {
                    suffix++;
                }

                named = test with { Name = $"{test.Name}_{suffix}" };
            }

            seen[named.Name] = named;
            result.Add(named);
        }

        return result;
    }
}
