namespace Pipeline.Marts.Tests;

/// <summary>Folders of the repository under test, found from the test assembly's location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Marts => Path.Combine(Root, "marts");

    public static string Transforms => Path.Combine(Root, "transforms");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
