namespace Pipeline.Transforms.Discovery;

/// <summary>The datasets of <c>lake/raw</c>: each sub-folder holding at least one Parquet file.</summary>
internal static class LakeDatasets
{
    /// <summary>Glob of a dataset's files, Hive partitions included (<c>federation=X/…</c>).</summary>
    public const string FilePattern = "**/*.parquet";

    /// <summary>Dataset names (folder names), sorted; none when <paramref name="rawPath"/> does not exist.</summary>
    public static IReadOnlyList<string> Find(string rawPath)
    {
        if (!Directory.Exists(rawPath))
        {
            return [];
        }

        return [.. Directory.EnumerateDirectories(rawPath)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && HasParquet(d))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];
    }

    private static bool HasParquet(string folder) =>
        Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Any();
}
