namespace Pipeline;

/// <summary>
/// Locates the repository (the folder of Pipeline.sln) from the test assembly's folder. One file, compiled
/// into every test project by tests/Directory.Build.props.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Pipeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Pipeline.sln not found above {AppContext.BaseDirectory}.");
    }
}
