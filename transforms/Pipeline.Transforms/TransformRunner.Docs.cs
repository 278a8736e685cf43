using Pipeline.Transforms.Artifacts;
using Pipeline.Transforms.Docs;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms;

/// <summary><c>pipeline docs</c>: the static lineage page and the manifest.</summary>
public sealed partial class TransformRunner
{
    /// <summary>
    /// Writes <c>target/docs/index.html</c> (graph, models, columns with descriptions and types, tests) and
    /// <c>target/manifest.json</c>; returns the page's path. Needs no run: column types come from the
    /// warehouse when it can be read, from the YAML otherwise.
    /// </summary>
    public async Task<DocsResult> GenerateDocsAsync(CancellationToken cancellationToken = default)
    {
        var graph = await LoadAsync(cancellationToken);
        var catalog = await TryReadCatalogAsync(cancellationToken);
        var page = await DocsWriter.WriteAsync(Project, graph, catalog, cancellationToken);
        var manifest = await ArtifactWriter.WriteManifestAsync(Project, graph, catalog, cancellationToken);
        return new DocsResult(page, manifest, graph);
    }
}
