namespace Pipeline.SampleData.Tests.Support;

/// <summary>
/// A fresh folder under the system temp folder, deleted with everything in it on Dispose. Tests run in
/// parallel: each generation writes into its own folder, never a shared one.
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        FullPath = Path.Combine(Path.GetTempPath(), "pipeline-sampledata-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FullPath);
    }

    public string FullPath { get; }

    /// <summary>The full path of <paramref name="relativePath"/> inside the folder.</summary>
    public string PathOf(string relativePath) => Path.Combine(FullPath, relativePath);

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
