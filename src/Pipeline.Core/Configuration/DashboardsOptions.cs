namespace Pipeline.Core.Configuration;

/// <summary>The <c>dashboards</c> section.</summary>
public sealed record DashboardsOptions
{
    /// <summary>Folder of the dashboard pages and memorandum fiches (Markdown).</summary>
    public string Pages { get; init; } = "dashboards/pages";
}
