namespace Pipeline.Ingestion.Receiving;

/// <summary>
/// Lists what federations dropped in inbox/&lt;FEDERATION&gt;/: hidden and partial files are ignored, and a
/// file modified more recently than the settle time is left for the next scan (it may still be copying).
/// Files come in processing order: by federation, then name without version, then version, so that a
/// "_v2" is always handled after the file it corrects.
/// </summary>
public static class InboxScanner
{
    public static IReadOnlyList<ReceivedFile> Scan(string inboxPath, TimeSpan settleTime, DateTime nowUtc)
    {
        if (!Directory.Exists(inboxPath))
        {
            return [];
        }

        var files = new List<ReceivedFile>();
        foreach (var folder in Directory.EnumerateDirectories(inboxPath).Where(d => !IsHidden(d)))
        {
            var federation = Path.GetFileName(folder).ToUpperInvariant();
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(p => !IsHidden(p)))
            {
                var info = new FileInfo(path);
                if (nowUtc - info.LastWriteTimeUtc < settleTime)
                {
                    continue;
                }

                files.Add(new ReceivedFile(path, Path.GetRelativePath(inboxPath, path), federation, info.Length, info.LastWriteTimeUtc));
            }
        }

        return [.. files
            .OrderBy(f => f.Federation, StringComparer.Ordinal)
            .ThenBy(f => BaseName(f), StringComparer.Ordinal)
            .ThenBy(f => f.Version)
            .ThenBy(f => f.FileName, StringComparer.Ordinal)];
    }

    private static string BaseName(ReceivedFile file)
    {
        var stem = Path.GetFileNameWithoutExtension(file.FileName);
        return file.Version > 1 ? stem[..stem.LastIndexOf('v')].TrimEnd('_', '-', ' ') : stem;
    }

    private static bool IsHidden(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith('~') || name.EndsWith(".partial", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }
}
