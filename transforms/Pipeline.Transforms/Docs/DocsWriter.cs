using Pipeline.Core;
using Pipeline.Transforms.Artifacts;
using Pipeline.Transforms.Graph;

namespace Pipeline.Transforms.Docs;

/// <summary>Writes the lineage page to <c>target/docs/index.html</c>, atomically.</summary>
internal static class DocsWriter
{
    public const string FolderName = "docs";

    public static async Task<string> WriteAsync(
        PipelineProject project, TransformGraph graph, WarehouseCatalog catalog, CancellationToken cancellationToken)
    {
        var path = Path.Combine(project.TargetPath, FolderName, "index.html");
        var html = new DocsPage(project.Options.Name, graph, catalog, DateTimeOffset.Now).Render();
        await AtomicFile.WriteAllTextAsync(path, html, cancellationToken);
        return path;
    }
}
