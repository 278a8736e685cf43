using System.Globalization;
using Pipeline.Core.Configuration;

namespace Pipeline.Core.Scheduling;

/// <summary>
/// A five-field cron expression read in an IANA time zone, and its next occurrence after an instant.
/// Daylight-saving changes: a local time that does not exist (spring forward) fires once at the first
/// valid instant after the gap; a local time that occurs twice (fall back) fires once, at its first
/// occurrence. As in Vixie cron, when both day-of-month and day-of-week are restricted, either matches.
/// </summary>
public sealed class CronSchedule
{
    // Five years cover every valid expression (29 February on a given weekday recurs within 28 years,
    // but such a schedule is not one a nightly batch uses; null is returned beyond).
    private const int SearchDays = 366 * 5;

    private readonly bool[] minutes;
    private readonly bool[] hours;
    private readonly bool[] daysOfMonth;
    private readonly bool[] months;
    private readonly bool[] daysOfWeek;
    private readonly bool dayOfMonthRestricted;
    private readonly bool dayOfWeekRestricted;

    private CronSchedule(string expression, TimeZoneInfo timeZone, bool[][] fields, bool dayOfMonthRestricted, bool dayOfWeekRestricted)
    {
        Expression = expression;
        TimeZone = timeZone;
        (minutes, hours, daysOfMonth, months, daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4]);
        this.dayOfMonthRestricted = dayOfMonthRestricted;
        this.dayOfWeekRestricted = dayOfWeekRestricted;
    }

    public string Expression { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Reads <paramref name="expression"/> in <paramref name="timeZoneId"/> (IANA).</summary>
    /// <exception cref="PipelineException">Invalid expression or unknown time zone.</exception>
    public static CronSchedule Parse(string expression, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (CronExpressionSyntax.Validate(expression) is { } error)
        {
            throw new PipelineException($"schedule.cron : {error.Message}");
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new PipelineException(
                $"schedule.timezone : fuseau horaire « {timeZoneId} » inconnu ; attendu un nom IANA comme Europe/Brussels.");
        }

        var parts = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var fields = new bool[5][];
        for (var i = 0; i < 5; i++)
        {
            fields[i] = Expand(CronExpressionSyntax.FieldAt(i), parts[i]);
        }

        // Sunday is 0 and 7.
        fields[4][0] |= fields[4][7];
        return new CronSchedule(expression, zone, fields, !parts[2].StartsWith('*'), !parts[4].StartsWith('*'));
    }

    /// <summary>The schedule of <c>pipeline.yaml</c>.</summary>
    public static CronSchedule From(ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Parse(options.Cron, options.Timezone);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, or null when none within five years.</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        var localAfter = TimeZoneInfo.ConvertTime(after, TimeZone);
        // From the day before: a local time earlier in the day may map to an instant after "after" across a change.
        for (var day = DateOnly.FromDateTime(localAfter.DateTime).AddDays(-1); day <= DateOnly.FromDateTime(localAfter.DateTime).AddDays(SearchDays); day = day.AddDays(1))
        {
            if (!MatchesDay(day))
            {
                continue;
            }

            for (var hour = 0; hour < 24; hour++)
            {
                if (!hours[hour])
                {
                    continue;
                }

                for (var minute = 0; minute < 60; minute++)
                {
                    if (minutes[minute] && ToInstant(day.ToDateTime(new TimeOnly(hour, minute))) is var instant && instant > after)
                    {
                        return instant;
                    }
                }
            }
        }

        return null;
    }

    private bool MatchesDay(DateOnly day)
    {
        if (!months[day.Month])
        {
            return false;
        }

        var dom = daysOfMonth[day.Day];
        var dow = daysOfWeek[(int)day.DayOfWeek];
        return dayOfMonthRestricted && dayOfWeekRestricted ? dom || dow
            : dayOfMonthRestricted ? dom
            : !dayOfWeekRestricted || dow;
    }

    /// <summary>The instant of a local wall-clock time: first occurrence when ambiguous, end of the gap when invalid.</summary>
    private DateTimeOffset ToInstant(DateTime local)
    {
        if (TimeZone.IsInvalidTime(local))
        {
            // Walk to the first valid local minute after the gap; it is the instant the clocks jumped.
            var valid = local;
            do
            {
                valid = valid.AddMinutes(1);
            }
            while (TimeZone.IsInvalidTime(valid));

            return new DateTimeOffset(valid, TimeZone.GetUtcOffset(valid));
        }

        if (TimeZone.IsAmbiguousTime(local))
        {
            // The larger offset is the earlier instant (before the clocks go back).
            var offset = TimeZone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset);
        }

        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    private static bool[] Expand(CronField field, string text)
    {
        var set = new bool[field.Max + 1];
        foreach (var item in text.Split(','))
        {
            var slash = item.IndexOf('/', StringComparison.Ordinal);
            var range = slash < 0 ? item : item[..slash];
            var step = slash < 0 ? 1 : int.Parse(item[(slash + 1)..], CultureInfo.InvariantCulture);
            int start, end;
            if (range == "*")
            {
                (start, end) = (field.Min, field.Max);
            }
            else
            {
                var dash = range.IndexOf('-', StringComparison.Ordinal);
                _ = field.TryParseValue(dash < 0 ? range : range[..dash], out start);
                end = start;
                if (dash >= 0)
                {
                    _ = field.TryParseValue(range[(dash + 1)..], out end);
                }
                else if (slash >= 0)
                {
                    // "5/15" means from 5 to the end, every 15.
                    end = field.Max;
                }
            }

            for (var value = start; value <= end; value += step)
            {
                set[value] = true;
            }
        }

        return set;
    }
}
