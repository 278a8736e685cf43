using Pipeline.Transforms.Graph;

namespace Pipeline.Transforms.Results;

/// <summary>What <c>pipeline docs</c> wrote.</summary>
/// <param name="PagePath">The lineage page (<c>target/docs/index.html</c>).</param>
/// <param name="ManifestPath"><c>target/manifest.json</c>.</param>
/// <param name="Graph">The project documented.</param>
public sealed record DocsResult(string PagePath, string ManifestPath, TransformGraph Graph);
