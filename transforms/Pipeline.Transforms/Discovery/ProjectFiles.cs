namespace Pipeline.Transforms.Discovery;

/// <summary>The files a transform project is made of, each list sorted by path.</summary>
/// <param name="Models"><c>.sql</c> models under the model paths (not under a test or seed path).</param>
/// <param name="SchemaFiles"><c>*.yml</c>/<c>*.yaml</c> model files under model, seed and test paths.</param>
/// <param name="DefaultsFiles"><c>_defaults.yml</c> files setting folder defaults.</param>
/// <param name="Seeds"><c>*.csv</c> under the seed paths.</param>
/// <param name="SingularTests"><c>.sql</c> under the test paths.</param>
internal sealed record ProjectFiles(
    IReadOnlyList<string> Models,
    IReadOnlyList<string> SchemaFiles,
    IReadOnlyList<string> DefaultsFiles,
    IReadOnlyList<string> Seeds,
    IReadOnlyList<string> SingularTests);
