using Pipeline.Core.Scheduling;

namespace Pipeline.Core.Tests.Scheduling;

public sealed class CronScheduleTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Default_schedule_runs_at_two_local_time_in_winter_and_in_summer()
    {
        var schedule = CronSchedule.Parse("0 2 * * *", "Europe/Brussels");

        // Winter: UTC+1, so 02:00 is 01:00Z; summer: UTC+2, so 00:00Z.
        Assert.Equal(Utc(2026, 1, 16, 1), schedule.Next(Utc(2026, 1, 15, 12)));
        Assert.Equal(Utc(2026, 7, 16, 0), schedule.Next(Utc(2026, 7, 15, 12)));
    }

    [Fact]
    public void Next_is_strictly_after_the_given_instant()
    {
        var schedule = CronSchedule.Parse("0 2 * * *", "Europe/Brussels");

        Assert.Equal(Utc(2026, 1, 17, 1), schedule.Next(Utc(2026, 1, 16, 1)));
    }

    [Fact]
    public void Spring_forward_runs_a_nonexistent_time_once_at_the_end_of_the_gap()
    {
        // 29 March 2026: Brussels jumps from 02:00 to 03:00 (01:00Z). 02:30 does not exist.
        var schedule = CronSchedule.Parse("30 2 * * *", "Europe/Brussels");

        var first = schedule.Next(Utc(2026, 3, 28, 12));
        Assert.Equal(Utc(2026, 3, 29, 1), first);
        // Once only: the next is the following night at 02:30 summer time (00:30Z).
        Assert.Equal(Utc(2026, 3, 30, 0, 30), schedule.Next(first!.Value));
    }

    [Fact]
    public void Spring_forward_fires_once_when_several_times_fall_in_the_gap()
    {
        var schedule = CronSchedule.Parse("0,30 2,3 * * *", "Europe/Brussels");

        var first = schedule.Next(Utc(2026, 3, 29, 0, 30));
        Assert.Equal(Utc(2026, 3, 29, 1), first);
        // 02:00, 02:30 and 03:00 are all 01:00Z; then 03:30 local (01:30Z).
        Assert.Equal(Utc(2026, 3, 29, 1, 30), schedule.Next(first!.Value));
    }

    [Fact]
    public void Fall_back_runs_an_ambiguous_time_once_at_its_first_occurrence()
    {
        // 25 October 2026: Brussels goes back from 03:00 to 02:00 (01:00Z); 02:30 occurs at 00:30Z and 01:30Z.
        var schedule = CronSchedule.Parse("30 2 * * *", "Europe/Brussels");

        var first = schedule.Next(Utc(2026, 10, 24, 12));
        Assert.Equal(Utc(2026, 10, 25, 0, 30), first);
        // Not again at the second 02:30 (01:30Z): the next is the following night, winter time.
        Assert.Equal(Utc(2026, 10, 26, 1, 30), schedule.Next(first!.Value));
    }

    [Fact]
    public void Fall_back_default_schedule_runs_once_that_night()
    {
        var schedule = CronSchedule.Parse("0 2 * * *", "Europe/Brussels");

        var first = schedule.Next(Utc(2026, 10, 24, 23));
        Assert.Equal(Utc(2026, 10, 25, 0), first);
        Assert.Equal(Utc(2026, 10, 26, 1), schedule.Next(first!.Value));
    }

    [Fact]
    public void Hourly_schedule_across_fall_back_skips_the_repeated_hour()
    {
        var schedule = CronSchedule.Parse("15 * * * *", "Europe/Brussels");

        var times = new List<DateTimeOffset>();
        var at = Utc(2026, 10, 24, 23, 30);
        for (var i = 0; i < 4; i++)
        {
            at = schedule.Next(at)!.Value;
            times.Add(at);
        }

        // Local 02:15 CEST (00:15Z); the second 02:15 (01:15Z, CET) is skipped; then 03:15 CET (02:15Z)...
        Assert.Equal([Utc(2026, 10, 25, 0, 15), Utc(2026, 10, 25, 2, 15), Utc(2026, 10, 25, 3, 15), Utc(2026, 10, 25, 4, 15)], times);
    }

    [Fact]
    public void Weekdays_months_steps_and_names_are_honoured()
    {
        var weekdays = CronSchedule.Parse("0 6 * * MON-FRI", "Europe/Brussels");
        // Friday 20 November 2026 after 06:00 → Monday 23 November 06:00 local (05:00Z).
        Assert.Equal(Utc(2026, 11, 23, 5), weekdays.Next(Utc(2026, 11, 20, 6)));

        var quarterly = CronSchedule.Parse("*/15 3 1 JAN,APR,JUL,OCT *", "UTC");
        Assert.Equal(Utc(2027, 1, 1, 3), quarterly.Next(Utc(2026, 10, 1, 3, 45)));
        Assert.Equal(Utc(2026, 10, 1, 3, 15), quarterly.Next(Utc(2026, 10, 1, 3)));
    }

    [Fact]
    public void Day_of_month_or_day_of_week_when_both_are_restricted()
    {
        // Vixie cron: the 13th or any Friday.
        var schedule = CronSchedule.Parse("0 0 13 * 5", "UTC");

        Assert.Equal(Utc(2026, 11, 13, 0), schedule.Next(Utc(2026, 11, 12, 0)));
        Assert.Equal(Utc(2026, 11, 20, 0), schedule.Next(Utc(2026, 11, 13, 0)));
    }

    [Fact]
    public void Unknown_time_zone_and_bad_expression_are_explained_in_french()
    {
        var zone = Assert.Throws<PipelineException>(() => CronSchedule.Parse("0 2 * * *", "Europe/Bruxelles"));
        Assert.Contains("fuseau horaire « Europe/Bruxelles » inconnu", zone.Message, StringComparison.Ordinal);

        var cron = Assert.Throws<PipelineException>(() => CronSchedule.Parse("0 25 * * *", "Europe/Brussels"));
        Assert.Contains("heure", cron.Message, StringComparison.Ordinal);
    }
}
