using System.Globalization;
using Pipeline.Core.Scheduling;

namespace Pipeline.Core.Tests.Scheduling;

/// <summary>Run times of the nightly schedule, in Brussels time, across the daylight-saving changes.</summary>
public sealed class CronScheduleTests
{
    private static readonly CronSchedule Nightly = CronSchedule.Parse("0 2 * * *", "Europe/Brussels");

    private static DateTimeOffset Utc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    [Theory]
    // an ordinary winter night: 02:00 CET = 01:00 UTC
    [InlineData("2026-01-14T12:00:00Z", "2026-01-15T01:00:00Z")]
    // an ordinary summer night: 02:00 CEST = 00:00 UTC
    [InlineData("2026-07-14T12:00:00Z", "2026-07-15T00:00:00Z")]
    // spring change, Sunday 29 March 2026: 02:00 does not exist; the run comes at the end of the gap, 03:00 CEST
    [InlineData("2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z")]
    // and the next night is back to 02:00 CEST
    [InlineData("2026-03-29T01:00:00Z", "2026-03-30T00:00:00Z")]
    // autumn change, Sunday 25 October 2026: 02:00 happens twice; the run is at the first, 02:00 CEST
    [InlineData("2026-10-24T12:00:00Z", "2026-10-25T00:00:00Z")]
    // ... and not again at the second 02:00 (CET, 01:00 UTC): the next run is the next night
    [InlineData("2026-10-25T00:00:00Z", "2026-10-26T01:00:00Z")]
    // just before and exactly at a run time: strictly after
    [InlineData("2026-01-15T00:59:59Z", "2026-01-15T01:00:00Z")]
    [InlineData("2026-01-15T01:00:00Z", "2026-01-16T01:00:00Z")]
    public void The_nightly_run_happens_once_a_night_across_daylight_saving(string after, string expected)
    {
        Assert.Equal(Utc(expected), Nightly.NextAfter(Utc(after)));
    }

    [Fact]
    public void Every_night_of_a_year_has_exactly_one_run()
    {
        var runs = new List<DateTimeOffset>();
        var at = Utc("2026-01-01T00:00:00Z");
        while (at < Utc("2027-01-01T00:00:00Z"))
        {
            at = Nightly.NextAfter(at);
            runs.Add(at);
        }

        var localDays = runs.Select(r => TimeZoneInfo.ConvertTime(r, Nightly.TimeZone).Date).ToList();
        Assert.Equal(localDays.Distinct().Count(), localDays.Count);
        Assert.Equal(366, runs.Count); // 1 Jan 2026 … 1 Jan 2027 at 02:00
    }

    [Theory]
    [InlineData("*/15 * * * *", "2026-05-04T10:07:00Z", "2026-05-04T10:15:00Z")]
    [InlineData("30 6 * * MON-FRI", "2026-05-08T12:00:00Z", "2026-05-11T04:30:00Z")] // Friday noon → Monday 06:30 CEST
    [InlineData("0 3 1 JAN,JUL *", "2026-02-01T00:00:00Z", "2026-07-01T01:00:00Z")]
    [InlineData("0 0 * * 7", "2026-05-04T00:00:00Z", "2026-05-09T22:00:00Z")] // 7 is Sunday
    // 02:30 does not exist on 29 March 2026: the run is at the end of the gap, 03:00 CEST = 01:00 UTC, as cron does
    [InlineData("30 2 * * *", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z")]
    // every time inside the gap is that one instant: after it, the next run is the next night
    [InlineData("*/15 2 * * *", "2026-03-29T01:00:00Z", "2026-03-30T00:00:00Z")]
    public void Other_expressions(string expression, string after, string expected)
    {
        Assert.Equal(Utc(expected), CronSchedule.Parse(expression, "Europe/Brussels").NextAfter(Utc(after)));
    }

    [Fact]
    public void An_unknown_zone_is_a_clear_error()
    {
        var error = Assert.Throws<PipelineException>(() => CronSchedule.Parse("0 2 * * *", "Europe/Bruxelles"));
        Assert.Contains("Europe/Bruxelles", error.Message, StringComparison.Ordinal);
    }
}
