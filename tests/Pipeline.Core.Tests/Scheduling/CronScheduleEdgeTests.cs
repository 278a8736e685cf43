using Pipeline.Core.Scheduling;

namespace Pipeline.Core.Tests.Scheduling;

/// <summary>Schedules other than the nightly one across the Brussels daylight-saving changes, and cron's day rule.</summary>
public sealed class CronScheduleEdgeTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static List<DateTimeOffset> Runs(CronSchedule schedule, DateTimeOffset after, int count)
    {
        var runs = new List<DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            after = schedule.NextAfter(after);
            runs.Add(after);
        }

        return runs;
    }

    [Fact]
    public void An_hourly_schedule_does_not_run_twice_in_the_repeated_autumn_hour()
    {
        // 25 October 2026: 02:15 happens at 00:15Z (CEST) and 01:15Z (CET); only the first runs.
        var runs = Runs(CronSchedule.Parse("15 * * * *", "Europe/Brussels"), Utc(2026, 10, 24, 23, 30), 4);

        Assert.Equal([Utc(2026, 10, 25, 0, 15), Utc(2026, 10, 25, 2, 15), Utc(2026, 10, 25, 3, 15), Utc(2026, 10, 25, 4, 15)], runs);
    }

    [Fact]
    public void A_local_time_skipped_in_spring_runs_once_that_night()
    {
        // 29 March 2026: 02:00–03:00 does not exist in Brussels. 02:30 runs once that night, then at 02:30 CEST.
        var runs = Runs(CronSchedule.Parse("30 2 * * *", "Europe/Brussels"), Utc(2026, 3, 28, 12), 2);

        Assert.Equal(Utc(2026, 3, 30, 0, 30), runs[1]);
        Assert.InRange(runs[0], Utc(2026, 3, 29, 1), Utc(2026, 3, 29, 1, 30));
    }

    [Fact]
    public void Times_in_and_after_the_spring_gap_never_run_twice_at_one_instant()
    {
        var runs = Runs(CronSchedule.Parse("0,30 2,3 * * *", "Europe/Brussels"), Utc(2026, 3, 28, 23), 3);

        Assert.Equal(runs.Count, runs.Distinct().Count());
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.True(pair.Second > pair.First));
        Assert.Equal(Utc(2026, 3, 29, 1), runs[0]);
    }

    [Fact]
    public void With_day_of_month_and_day_of_week_both_set_either_matches_as_in_cron()
    {
        // The 13th or any Friday: Friday 20 November 2026 comes after Friday the 13th.
        var schedule = CronSchedule.Parse("0 0 13 * 5", "UTC");

        Assert.Equal([Utc(2026, 11, 13, 0), Utc(2026, 11, 20, 0), Utc(2026, 11, 27, 0), Utc(2026, 12, 4, 0)],
            Runs(schedule, Utc(2026, 11, 12, 0), 4));
    }
}
