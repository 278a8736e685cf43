using System.Globalization;

namespace Pipeline.Dashboards.Publishing;

/// <summary>
/// Publishes a built site atomically: each build is a folder of <c>&lt;site&gt;.builds/</c>, and the site
/// path is a symbolic link renamed over the previous one, so a reader (or <c>pipeline serve</c>) sees the
/// old site or the new one, never a mix, and a crash at any point leaves the last published site
/// whole. The previous build is kept (one step back by hand); older ones and unfinished builds are removed.
/// </summary>
public sealed class SitePublisher(string sitePath)
{
    private const string Unfinished = ".partiel";

    /// <summary>Where builds live, beside the site path.</summary>
    public string BuildsPath { get; } = sitePath.TrimEnd(Path.DirectorySeparatorChar) + ".builds";

    /// <summary>A new, empty folder to build into (removing what crashed builds left).</summary>
    public string StartBuild()
    {
        Directory.CreateDirectory(BuildsPath);
        foreach (var left in Directory.GetDirectories(BuildsPath, "*" + Unfinished))
        {
            Directory.Delete(left, recursive: true);
        }

        var folder = Path.Combine(BuildsPath, DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-"
            + Guid.NewGuid().ToString("N")[..6] + Unfinished);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Makes <paramref name="buildFolder"/> the published site; returns its final folder.</summary>
    public string Publish(string buildFolder)
    {
        ArgumentNullException.ThrowIfNull(buildFolder);
        var finished = buildFolder[..^Unfinished.Length];
        Directory.Move(buildFolder, finished);
        AdoptPlainFolder();

        // A new link beside the old one, then rename(2) over it: atomic on the same file system.
        var link = sitePath + ".lien-" + Guid.NewGuid().ToString("N")[..8];
        File.CreateSymbolicLink(link, Path.GetRelativePath(Path.GetDirectoryName(sitePath)!, finished));
        NativeMethods.Rename(link, sitePath);
        Prune(finished);
        return finished;
    }

    /// <summary>The folder the site link points to now, or null before the first publication.</summary>
    public string? Current()
    {
        var info = new FileInfo(sitePath);
        return info.LinkTarget is { } target ? Path.GetFullPath(target, Path.GetDirectoryName(sitePath)!) : null;
    }

    // A site folder from before links (or made by hand) becomes a build, so it can be swapped like one.
    private void AdoptPlainFolder()
    {
        var info = new DirectoryInfo(sitePath);
        if (info.Exists && info.LinkTarget is null)
        {
            Directory.Move(sitePath, Path.Combine(BuildsPath, "ancien-" + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)));
        }
    }

    private void Prune(string current)
    {
        var builds = Directory.GetDirectories(BuildsPath)
            .Where(d => !d.EndsWith(Unfinished, StringComparison.Ordinal))
            .OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
            .ToList();
        foreach (var old in builds.Where(b => b != current).Skip(1))
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
