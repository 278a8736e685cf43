using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Core;
using Pipeline.Transforms.Graph;
using Pipeline.Transforms.Results;

namespace Pipeline.Transforms.Artifacts;

/// <summary>Writes <c>target/manifest.json</c> and <c>target/run_results.json</c>, each atomically.</summary>
internal static class ArtifactWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Accented French text stays readable in the files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<string> WriteManifestAsync(
        PipelineProject project, TransformGraph graph, WarehouseCatalog catalog, CancellationToken cancellationToken)
    {
        var path = Path.Combine(project.TargetPath, ArtifactNames.Manifest);
        await WriteAsync(path, ManifestDocument.Create(project.Options.Name, graph, catalog, DateTimeOffset.UtcNow), cancellationToken);
        return path;
    }

    public static async Task<string> WriteRunResultsAsync(PipelineProject project, RunResults run, CancellationToken cancellationToken)
    {
        var path = Path.Combine(project.TargetPath, ArtifactNames.RunResults);
        await WriteAsync(path, RunResultsDocument.Create(project.Options.Name, run, DateTimeOffset.UtcNow), cancellationToken);
        return path;
    }

    private static Task WriteAsync(string path, JsonObject document, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(path, document.ToJsonString(Options) + "\n", cancellationToken);
}
