using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Ingestion.Receiving;

/// <summary>A file found in inbox/&lt;FEDERATION&gt;/, with what its name says (year, correction number).</summary>
public sealed partial record ReceivedFile(string FullPath, string RelativePath, string Federation, long Length, DateTime LastWriteUtc)
{
    public string FileName => Path.GetFileName(FullPath);

    public string Extension => Path.GetExtension(FullPath).ToLowerInvariant();

    /// <summary>The 20xx year in the name, if any.</summary>
    public int? YearInName => YearPattern().Match(FileName) is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;

    /// <summary>The correction number: 2 for "…_v2", 1 otherwise. A later version supersedes an earlier one.</summary>
    public int Version => VersionPattern().Match(Path.GetFileNameWithoutExtension(FullPath)) is { Success: true } m
        ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
        : 1;

    [GeneratedRegex(@"(?<!\d)20\d{2}(?!\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"[_\- ]v(?<n>\d{1,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPattern();
}
