namespace Pipeline.Core.Configuration;

/// <summary>The <c>schedule</c> section: when <c>pipeline worker</c> runs the whole pipeline.</summary>
public sealed record ScheduleOptions
{
    /// <summary>Five-field cron expression (minute hour day-of-month month day-of-week).</summary>
    public string Cron { get; init; } = "0 2 * * *";

    /// <summary>IANA time zone the cron expression is read in.</summary>
    public string Timezone { get; init; } = "Europe/Brussels";

    /// <summary>Whether a file landing in the inbox triggers a run without waiting for the schedule.</summary>
    public bool WatchInbox { get; init; } = true;
}
