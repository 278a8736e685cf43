namespace Pipeline.SampleData.Tests.Support;

/// <summary>
/// One generation into its own temp folder (deleted on Dispose): the options it ran with and the manifest
/// it returned. Fixtures hold one and share it read-only between the tests of a class or collection.
/// </summary>
public class GeneratedInbox : IDisposable
{
    private readonly TempFolder folder = new();

    public GeneratedInbox(Func<string, SampleDataOptions> options)
    {
        Options = options(folder.FullPath);
        try
        {
            Manifest = SampleDataGenerator.Generate(Options);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public SampleDataOptions Options { get; }

    public GenerationManifest Manifest { get; }

    public string Root => folder.FullPath;

    public string PathOf(string relativePath) => folder.PathOf(relativePath);

    /// <summary>The normal extracts of <paramref name="federation"/> (one file per dataset and year, or a workbook per year).</summary>
    public IReadOnlyList<GeneratedFile> Extracts(string federation) =>
        [.. Manifest.Files.Where(f => f.Federation == federation && f.Kind == GeneratedFile.Extract)];

    /// <summary>The normal extract of one dataset and year.</summary>
    public GeneratedFile Extract(string federation, string dataset, int year) =>
        Manifest.Files.Single(f => f.Federation == federation && f.Dataset == dataset && f.Year == year && f.Kind == GeneratedFile.Extract);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            folder.Dispose();
        }
    }
}
