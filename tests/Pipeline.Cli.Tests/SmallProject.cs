using Pipeline.Core;
using Pipeline.SampleData;

namespace Pipeline.Cli.Tests;

/// <summary>
/// A project with a small generated inbox (2019–2022, 5 % of the real volumes) and the repository's
/// contracts, models and pages, in its own temp folder; deleted on dispose.
/// </summary>
internal sealed class SmallProject : IDisposable
{
    private SmallProject(string root) => Root = root;

    public string Root { get; }

    public PipelineProject Project => PipelineProject.Load(Root);

    public static SmallProject Create(string extraYaml = "")
    {
        var root = Path.Combine(Path.GetTempPath(), "pipeline-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "pipeline.yaml"), RepositoryProject.Yaml("run-tests", "{ threads: 2, memory_limit: 2GB }", extraYaml));
        SampleDataGenerator.Generate(new SampleDataOptions
        {
            OutputPath = Path.Combine(root, "inbox"), Scale = 0.05, FirstYear = 2019, LastYear = 2022,
        });
        return new SmallProject(root);
    }

    public static string Repository => RepositoryRoot.Path;

    /// <summary>The published site's folder, or null before the first publication.</summary>
    public string? PublishedFolder()
    {
        var link = new FileInfo(Project.SitePath).LinkTarget;
        return link is null ? null : Path.GetFullPath(link, Root);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
