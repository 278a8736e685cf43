using Pipeline.Core;

namespace Pipeline.Transforms.Discovery;

/// <summary>
/// Finds a project's files under the folders <c>pipeline.yaml</c> lists, skipping <c>bin/</c>,
/// <c>obj/</c>, <c>node_modules/</c> and hidden folders (the stage's C# project lives beside its SQL).
/// Folders that do not exist yet are simply empty.
/// </summary>
internal static class ProjectScanner
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static ProjectFiles Scan(PipelineProject project)
    {
        var testAndSeedRoots = project.TestPaths.Concat(project.SeedPaths).ToList();
        var yamlRoots = project.ModelPaths.Concat(project.SeedPaths).Concat(project.TestPaths).ToList();
        var yaml = Find(yamlRoots, [".yml", ".yaml"], []);
        return new ProjectFiles(
            Models: Find(project.ModelPaths, [".sql"], testAndSeedRoots),
            SchemaFiles: [.. yaml.Where(f => !IsDefaults(f))],
            DefaultsFiles: [.. yaml.Where(IsDefaults)],
            Seeds: Find(project.SeedPaths, [".csv"], []),
            SingularTests: Find(project.TestPaths, [".sql"], []));
    }

    private static bool IsDefaults(string file) =>
        string.Equals(Path.GetFileName(file), FolderDefaults.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Files with one of <paramref name="extensions"/> under <paramref name="roots"/>, none under <paramref name="excluded"/>.</summary>
    private static List<string> Find(IEnumerable<string> roots, string[] extensions, IReadOnlyList<string> excluded)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in roots.Where(Directory.Exists))
        {
            Collect(root, extensions, excluded, found);
        }

        return [.. found];
    }

    private static void Collect(string folder, string[] extensions, IReadOnlyList<string> excluded, SortedSet<string> found)
    {
        if (excluded.Any(e => IsSameOrUnder(folder, e)))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (extensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !Path.GetFileName(file).StartsWith('.'))
            {
                found.Add(Path.GetFullPath(file));
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (!name.StartsWith('.') && !SkippedFolders.Contains(name))
            {
                Collect(sub, extensions, excluded, found);
            }
        }
    }

    private static bool IsSameOrUnder(string folder, string root)
    {
        var f = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var r = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        return f.Equals(r, StringComparison.Ordinal) || f.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
