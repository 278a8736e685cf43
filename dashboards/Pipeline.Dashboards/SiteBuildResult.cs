namespace Pipeline.Dashboards;

/// <summary>What a site build produced.</summary>
public sealed record SiteBuildResult(
    string SitePath, string BuildFolder, int Pages, int Files, long Bytes, TimeSpan Duration, IReadOnlyList<string> Warnings);

/// <summary>Progress of a site build: pages done out of planned, and the current one.</summary>
public sealed record SiteBuildProgress(int Done, int Planned, string? Current);
