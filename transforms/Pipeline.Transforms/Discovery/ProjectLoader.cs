using Pipeline.Core;
using Pipeline.Transforms.Dependencies;
using Pipeline.Transforms.Discovery.Yaml;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Sql;

namespace Pipeline.Transforms.Discovery;

/// <summary>
/// Loads a transform project: finds its files, reads the YAML, rewrites and parses every SELECT with
/// DuckDB (one batch), resolves what each reads, creates the tests and checks the graph. Every problem
/// found is collected and reported at once (a YAML syntax mistake stops at the first one).
/// </summary>
internal sealed partial class ProjectLoader
{
    private readonly PipelineProject project;
    private readonly List<ProjectIssue> issues = [];

    private ProjectLoader(PipelineProject project) => this.project = project;

    /// <exception cref="TransformProjectException">Unknown references, duplicate names, cycles, bad SQL...</exception>
    /// <exception cref="PipelineConfigException">A YAML file is invalid.</exception>
    public static Task<TransformGraph> LoadAsync(PipelineProject project, CancellationToken cancellationToken) =>
        new ProjectLoader(project).LoadAsync(cancellationToken);

    private async Task<TransformGraph> LoadAsync(CancellationToken cancellationToken)
    {
        var files = ProjectScanner.Scan(project);
        var schemas = files.SchemaFiles.Select(SchemaFileReader.Read).ToList();
        var defaults = FolderDefaults.Read(project.RootPath, files.DefaultsFiles);
        var sources = SourceCatalog.Build(project, schemas, issues);

        var nodeFiles = UniqueNodeFiles(files);
        var nodeNames = nodeFiles.ToDictionary(f => f.Name, f => f.Name, StringComparer.OrdinalIgnoreCase);
        var modelSpecs = MatchSpecs(schemas.SelectMany(s => s.Models), nodeFiles, NodeKind.Model);
        var seedSpecs = MatchSpecs(schemas.SelectMany(s => s.Seeds), nodeFiles, NodeKind.Seed);

        var models = ReadSql(nodeFiles.Where(f => f.Kind == NodeKind.Model).Select(f => f.FilePath), sources);
        var singular = ReadSql(files.SingularTests, sources);
        var all = models.Concat(singular).ToList();
        var parsed = await SqlParser.ParseAsync([.. all.Select(f => f.Rewritten.Sql)], cancellationToken);
        for (var i = 0; i < all.Count; i++)
        {
            all[i].Parsed = parsed[i];
            if (parsed[i].Error is { } error)
            {
                var line = parsed[i].ErrorOffset is { } offset ? SourceText.LineAtByteOffset(all[i].Rewritten.Sql, offset) : (int?)null;
                issues.Add(new ProjectIssue(all[i].FilePath, line, error));
            }
        }

        var resolver = new ReferenceResolver(nodeNames, sources, Path.GetFileNameWithoutExtension(project.WarehousePath));
        var nodes = new List<ModelNode>();
        nodes.AddRange(nodeFiles.Where(f => f.Kind == NodeKind.Seed).Select(f => Seed(f, seedSpecs.GetValueOrDefault(f.Name))));
        nodes.AddRange(models.Select(m => Model(m, modelSpecs.GetValueOrDefault(m.Name), defaults, resolver)));

        var tests = CreateTests(nodes, modelSpecs, seedSpecs, schemas, singular, resolver, sources);
        CheckCycles(nodes);
        if (issues.Count > 0)
        {
            var sorted = issues.Distinct().OrderBy(i => i.FilePath, StringComparer.Ordinal).ThenBy(i => i.Line ?? 0);
            throw new TransformProjectException([.. sorted]);
        }

        var ordered = TopologicalOrder.Sort(nodes);
        var index = ordered.Select((n, i) => (n.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.OrdinalIgnoreCase);
        var orderedTests = tests
            .OrderBy(t => t.DependsOn.Count == 0 ? -1 : t.DependsOn.Max(d => index[d]))
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var referencedSources = nodes.SelectMany(n => n.Sources).Concat(tests.SelectMany(t => t.Sources));
        return new TransformGraph(project.RootPath, ordered, orderedTests, sources.All(referencedSources));
    }

    private List<SqlFile> ReadSql(IEnumerable<string> paths, SourceCatalog sources) =>
        [.. paths.Select(path => new SqlFile(
            Path.GetFileNameWithoutExtension(path),
            path,
            TemplateRewriter.Rewrite(File.ReadAllText(path), path, sources.SchemaOf)))
            .Select(file =>
            {
                issues.AddRange(file.Rewritten.Issues);
                return file;
            })];

    private void CheckCycles(IReadOnlyList<ModelNode> nodes)
    {
        var edges = nodes.ToDictionary(n => n.Name, n => n.DependsOn, StringComparer.OrdinalIgnoreCase);
        var files = nodes.ToDictionary(n => n.Name, n => n.RelativePath, StringComparer.OrdinalIgnoreCase);
        foreach (var cycle in CycleFinder.Find(edges))
        {
            var path = string.Join(" → ", cycle.Select(name => $"{name} ({files[name]})"));
            issues.Add(new ProjectIssue(nodes.First(n => string.Equals(n.Name, cycle[0], StringComparison.OrdinalIgnoreCase)).FilePath, null,
                $"dépendance circulaire : {path}. Un modèle ne peut pas lire, même indirectement, ce qu'il produit ; retirez l'une de ces références."));
        }
    }

    private string Relative(string path) => Path.GetRelativePath(project.RootPath, path).Replace('\\', '/');
}
